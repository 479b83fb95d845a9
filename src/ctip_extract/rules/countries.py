"""Country names, TIP Report spellings and demonyms to ISO 3166 alpha-3.

ISO data comes from pycountry; the names the TIP Report and the press use
that ISO does not ("Burma", "North Korea", "The Gambia", "Kosovo") and the
demonyms ("Cambodian") come from models/lexicons/countries.jsonl.
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .resources import read_jsonl

LEXICON = "lexicons/countries.jsonl"


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str  # the short name used in output, e.g. "Cambodia", "North Korea"
    the: bool = False  # the name takes "the" in running text: "the Philippines", "the Marshall Islands"


_FOLD_DROP = re.compile(r"[.'’,()]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Côte d'Ivoire" -> "cote divoire" (remembered:
    the same names come back in every document)."""
    if name.isascii():  # nothing to decompose
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ").replace("-", " ")
    s = _FOLD_DROP.sub("", s)
    s = _SPACES.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class _Tables:
    by_name: dict[str, Country]
    by_demonym: dict[str, Country]
    by_alpha3: dict[str, Country]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    by_name: dict[str, Country] = {}
    by_alpha3: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    rows = read_jsonl(LEXICON, required=("alpha3", "name"), allowed=("alpha3", "name", "names", "demonyms", "the", "note"))
    preferred = {row["alpha3"]: row["name"] for row in rows}
    with_the = {row["alpha3"] for row in rows if row.get("the")}
    for c in pycountry.countries:
        short = preferred.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        country = Country(c.alpha_3, short, c.alpha_3 in with_the)
        by_alpha3[c.alpha_3] = country
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), short):
            if name:
                by_name.setdefault(fold(name), country)
    for row in rows:
        country = by_alpha3.get(row["alpha3"]) or Country(row["alpha3"], row["name"], bool(row.get("the")))
        by_alpha3[row["alpha3"]] = country
        for name in [row["name"], *row.get("names", [])]:
            by_name[fold(name)] = country
        for demonym in row.get("demonyms", []):
            by_demonym[fold(demonym)] = country
    return _Tables(by_name, by_demonym, by_alpha3)


def lookup_country(name: str) -> Country | None:
    """The country a name denotes ("Burma", "Korea, Democratic People's Republic of", "DPRK"), or None."""
    return _tables().by_name.get(fold(name))


def lookup_demonym(word: str) -> Country | None:
    """The country of a demonym ("Cambodian", "Nigerien"), or None."""
    return _tables().by_demonym.get(fold(word))


# ISO 3166-2 subdivision names that are also plain words of a sentence ("the Central government", "Northern")
_GENERIC_SUBDIVISIONS = frozenset({
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "north east", "north west", "south east", "south west", "capital",
    "coast", "upper", "lower", "federal", "national", "islands", "lakes", "mountain", "city", "centre", "center",
    "interior", "littoral", "plateau", "coastal", "highlands", "greater", "middle", "inner", "outer",
})


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Folded ISO 3166-2 subdivision name -> alpha-3 of its country ("" when several countries use it)."""
    by_name: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        by_name.setdefault(fold(sub.name), set()).add(sub.country_code)
    out = {}
    for name, codes in by_name.items():
        if name in _GENERIC_SUBDIVISIONS or len(name) <= 3:
            continue
        country = pycountry.countries.get(alpha_2=next(iter(codes))) if len(codes) == 1 else None
        out[name] = country.alpha_3 if country is not None else ""
    return out


def preload() -> None:
    """Build the country tables now rather than on first use: a component calls this when the pipeline
    is built, so that worker processes forked from it share the tables instead of each building its own
    (some 0.1 s: pycountry's subdivisions and the name patterns)."""
    _subdivisions()
    _name_regex()
    _demonym_regex()


def lookup_subdivision(phrase: str) -> str | None:
    """For a state, province or region named as ISO 3166-2 names it, the alpha-3 code of its country
    ("Kerala": "IND"; "Punjab", in India and Pakistan: ""); None for a name that is no subdivision."""
    return _subdivisions().get(fold(phrase))


def country_by_code(alpha3: str) -> Country | None:
    return _tables().by_alpha3.get(alpha3.upper())


@lru_cache(maxsize=512)
def official_name(alpha3: str) -> str:
    """ISO 3166's official name ("Kingdom of Saudi Arabia"), else its name: what "the Kingdom" can stand for."""
    c = pycountry.countries.get(alpha_3=alpha3.upper())
    return (getattr(c, "official_name", None) or c.name) if c is not None else ""


def all_country_names() -> list[str]:
    """Every known name (folded), for building matchers."""
    return list(_tables().by_name)


def all_demonyms() -> list[str]:
    return list(_tables().by_demonym)


@dataclass(frozen=True)
class CountryMention:
    start: int  # character offsets in the text searched
    end: int
    country: Country
    demonym: bool  # True for "Cambodian", False for "Cambodia"


def find_country_mentions(text: str, *, demonyms: bool = False) -> list[CountryMention]:
    """Every country name (and, with `demonyms`, every demonym) in a text, left to right, longest first.

    Matching is done on the folded text, so "Cote d'Ivoire", "CONGO, REPUBLIC OF THE" and
    "the Democratic People's Republic of Korea" are found as the lexicon spells them. A name must
    start with a capital letter; a name of three letters or fewer ("US", "UAE", "DRC") must be in
    capitals. A possessive "'s" may follow a name ("Cambodia's government").
    """
    folded, offsets = _fold_with_offsets(text)
    found = []
    for regex, is_demonym in ((_name_regex(), False), (_demonym_regex(), True)):
        if is_demonym and not demonyms:
            continue
        table = _tables().by_demonym if is_demonym else _tables().by_name
        pos = 0
        while (m := regex.search(folded, pos)) is not None:
            end = pos = m.end()
            if end < len(folded) and folded[end].isalnum():
                # only a possessive s (from "'s") may follow
                if not (folded[end] == "s" and (end + 1 == len(folded) or not folded[end + 1].isalnum())
                        and text[offsets[end - 1] + 1:offsets[end]].strip() in ("'", "\u2019")):
                    continue
            start, stop = offsets[m.start()], offsets[end - 1] + 1
            surface = text[start:stop]
            letters = [ch for ch in surface if ch.isalpha()]
            if not letters or not (surface[0].isupper() or surface[0].isdigit()):
                if " " in m.group():
                    pos = m.start() + 1  # a shorter name may start inside: "mainland China" holds "China"
                continue
            if len(m.group()) <= 3 and not all(ch.isupper() for ch in letters):
                continue
            found.append(CountryMention(start, stop, table[m.group()], is_demonym))
    if KOREA_ALONE.get() and "Korea" in text:
        taken = [(c.start, c.end) for c in found]
        south = country_by_code("KOR")
        found.extend(CountryMention(m.start(), m.end(), south, False) for m in _KOREA.finditer(text)
                     if not any(a <= m.start() < b for a, b in taken))
    found.sort(key=lambda c: (c.start, -c.end))
    return found


# "Korea" alone names South Korea in a document that names South Korea and not North Korea ("South Korea ...
# Korea was downgraded from Tier 1 last year"); a reader of a whole document sets this while it reads parts of
# it (see korea_alone_means_south). Elsewhere "Korea" alone names no country.
KOREA_ALONE: ContextVar[bool] = ContextVar("korea_alone", default=False)
_KOREA = re.compile(r"(?<![\w-])Korea(?![\w-])")


def korea_alone_means_south(text: str) -> bool:
    """Whether a document names South Korea and not North Korea, so that "Korea" alone in it is South Korea.
    (Two searches for the names, not a reading of every country: a whole report's text is long.)"""
    if "Korea" not in text:
        return False
    return _SOUTH_KOREA.search(text) is not None and _NORTH_KOREA.search(text) is None


_SOUTH_KOREA = re.compile(r"\bSouth[ \t\n]+Korea|\bRepublic[ \t\n]+of[ \t\n]+Korea\b|\bKorea,[ \t]+(?:Republic|South)\b|\bROK\b")
_NORTH_KOREA = re.compile(r"\bNorth[ \t\n]+Korea|People['\u2019]s[ \t\n]+Republic[ \t\n]+of[ \t\n]+Korea|\bKorea,[ \t]+(?:Democratic|North)\b|"
                          r"\bDPRK\b|\bD\.P\.R\.K\.")


_DROP = frozenset(".'\u2019,()")


# runs of ASCII characters fold() only lower-cases (one output character each), with the single spaces
# between them (kept: a letter comes before each): copied whole
_PLAIN = "[" + re.escape("".join(
    c for c in map(chr, range(128)) if c not in _DROP and c not in "&-" and not c.isspace())) + "]+"
_PLAIN_RUN = re.compile(f"{_PLAIN}(?: {_PLAIN})*")


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold() applied character by character, with the source offset of every output character."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for run in _PLAIN_RUN.finditer(text):
        s, e = run.span()
        if s > pos:
            _fold_chars(text, pos, s, out, offsets)
        out.append(run.group().lower())
        offsets.extend(range(s, e))
        pos = e
    if pos < len(text):
        _fold_chars(text, pos, len(text), out, offsets)
    return "".join(out), offsets


def _fold_chars(text: str, lo: int, hi: int, out: list[str], offsets: list[int]) -> None:
    """_fold_with_offsets of text[lo:hi], one character at a time, appending to `out` and `offsets`."""
    for i in range(lo, hi):
        ch = text[i]
        if ch in _DROP:
            continue
        if ch == "&":
            piece = " and "
        elif ch == "-" or ch.isspace():
            piece = " "
        elif ch.isascii():
            piece = ch.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            piece = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for p in piece:
            if p == " " and (not out or out[-1][-1] == " "):
                continue
            out.append(p)
            offsets.append(i)


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` factored by common prefixes (fast on long lists), longest first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


@lru_cache(maxsize=1)
def _name_regex() -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + trie_pattern([n for n in _tables().by_name if n]))


@lru_cache(maxsize=1)
def _demonym_regex() -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + trie_pattern([n for n in _tables().by_demonym if n]))
