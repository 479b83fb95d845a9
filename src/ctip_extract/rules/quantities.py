"""Units, categories, currencies and events of quantities: pure functions over words and tables.

The tables are read from models/lexicons (quantity_units.json,
quantity_currencies.json, quantity_events.jsonl) by the `load_*` functions,
which check their shape and raise RuleFileError naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from ..errors import RuleFileError
from .countries import lookup_country, lookup_demonym
from .resources import model_path, read_json, read_jsonl

CATEGORIES = ("victims", "offenders", "suspects", "cases", "investigations", "prosecutions", "convictions",
              "people", "institutions", "money", "percent", "duration", "age", "other")


# ---------------------------------------------------------------- units and categories

@dataclass(frozen=True)
class UnitLexicon:
    """Word lists for finding and classifying the counted thing."""

    head_category: dict[str, str] = field(default_factory=dict)
    suspect_modifiers: frozenset[str] = frozenset()
    time_units: dict[str, str] = field(default_factory=dict)  # any form -> singular
    irregular: dict[str, str] = field(default_factory=dict)  # plural -> singular
    not_plural: frozenset[str] = frozenset()
    mass_nouns: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    # heads that name a kind of crime, not a thing counted: "82 sex trafficking [cases]"
    crime_types: frozenset[str] = frozenset()
    # stop words that modify a noun when one follows: "1,310 overseas workers" (but "sent 40 overseas")
    adverbs_before_nouns: frozenset[str] = frozenset()
    # verbs after which a bare number counts the plural noun before them: "prosecutions included 26"
    subject_verbs: frozenset[str] = frozenset()
    # nouns a bare number after "of" counts the members of: "a family of eleven"
    collective_nouns: frozenset[str] = frozenset()
    # the last word of a street's name: a number before "Notch Road" or "Main Street" names it, counts nothing
    street_words: frozenset[str] = frozenset()
    # words that may come between such a verb and the number: "remained notably low at only three"
    subject_gap_words: frozenset[str] = frozenset()
    # verbs whose "over" is a particle, no qualifier: "handed over Rs1.4 million"
    over_particle_verbs: frozenset[str] = frozenset()
    # places people are counted to: "as many as 14 to a unit", "eight to a three-bedroom house"
    shared_places: frozenset[str] = frozenset()
    # nouns a bare time word before them gives a length to: "18 month terms" is a duration, "two night wardens" not
    lengthed_nouns: frozenset[str] = frozenset()


def _str_list(data: dict, key: str, path: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(path, f"'{key}' must be a list of strings")
    return value


def _str_map(data: dict, key: str, path: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise RuleFileError(path, f"'{key}' must map strings to strings")
    return value


@lru_cache(maxsize=8)
def load_unit_lexicon(name: str) -> UnitLexicon:
    path = str(model_path(name))
    data = read_json(name)
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise RuleFileError(path, "expected an object with a 'categories' object")
    head_category: dict[str, str] = {}
    for category, heads in data["categories"].items():
        if category not in CATEGORIES:
            raise RuleFileError(path, f"unknown category {category!r}; allowed: {', '.join(CATEGORIES)}")
        if not isinstance(heads, list) or not all(isinstance(h, str) for h in heads):
            raise RuleFileError(path, f"category {category!r} must list strings")
        for head in heads:
            head_category.setdefault(head.lower(), category)
    time_units: dict[str, str] = {}
    for singular_form, plural in _str_map(data, "time_units", path).items():
        time_units[singular_form] = singular_form
        time_units[plural] = singular_form
    return UnitLexicon(
        head_category=head_category,
        suspect_modifiers=frozenset(w.lower() for w in _str_list(data, "suspect_modifiers", path)),
        time_units=time_units,
        irregular={k.lower(): v.lower() for k, v in _str_map(data, "irregular_plurals", path).items()},
        not_plural=frozenset(w.lower() for w in _str_list(data, "not_plural", path)),
        mass_nouns=frozenset(w.lower() for w in _str_list(data, "mass_nouns", path)),
        crime_types=frozenset(w.lower() for w in _str_list(data, "crime_types", path)),
        adverbs_before_nouns=frozenset(w.lower() for w in _str_list(data, "adverbs_before_nouns", path)),
        stop_words=frozenset(w.lower() for w in _str_list(data, "stop_words", path)),
        subject_verbs=frozenset(w.lower() for w in _str_list(data, "subject_verbs", path)),
        collective_nouns=frozenset(w.lower() for w in _str_list(data, "collective_nouns", path)),
        street_words=frozenset(w.lower() for w in _str_list(data, "street_words", path)),
        subject_gap_words=frozenset(w.lower() for w in _str_list(data, "subject_gap_words", path)),
        over_particle_verbs=frozenset(w.lower() for w in _str_list(data, "over_particle_verbs", path)),
        shared_places=frozenset(w.lower() for w in _str_list(data, "shared_places", path)),
        lengthed_nouns=frozenset(w.lower() for w in _str_list(data, "lengthed_nouns", path)),
    )


def looks_plural(word: str, lex: UnitLexicon) -> bool:
    """True for a plural noun form ("victims", "children", "Malaysians"), by spelling."""
    low = word.lower()
    if low in lex.irregular:
        return lex.irregular[low] != low or low in ("police", "staff", "personnel")
    if low in lex.not_plural or len(low) < 3 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "sis", "'s"))  # "Thais", "Nepalis" are plural; "crisis" is not


def plural(word: str, lex: UnitLexicon) -> str:
    """The plural of a singular English noun, by rule and the lexicon's irregular forms: "inspection" ->
    "inspections", "facility" -> "facilities", "child" -> "children". Lower case."""
    low = word.lower()
    irregular = next((p for p, s in lex.irregular.items() if s == low and p != low), None)
    if irregular is not None:
        return irregular
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return low[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return low + "es"
    return low + "s"


def singular(word: str, lex: UnitLexicon) -> str:
    """The singular of an English noun, by rule: "victims" -> "victim", "passes" -> "pass",
    "facilities" -> "facility", "children" -> "child". Lower case."""
    low = word.lower()
    if "-" in low:  # "asylum-seekers" -> "asylum-seeker"
        head, _, last = low.rpartition("-")
        return f"{head}-{singular(last, lex)}" if last else low
    if low in lex.irregular:
        return lex.irregular[low]
    if low in lex.time_units:
        return lex.time_units[low]
    if not looks_plural(low, lex):
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zes")):
        return low[:-2]
    if low.endswith("men") and len(low) > 4:
        return low[:-3] + "man"
    return low[:-1]


def unit_category(words: list[str], head: str, lex: UnitLexicon) -> str:
    """The category of a counted thing from its words (modifiers + head) and its singular head."""
    if head in lex.time_units:
        return "duration"
    category = lex.head_category.get(head)
    if category is None and "-" in head:
        category = lex.head_category.get(head.rpartition("-")[2])
    if category is None and len(words) >= 2:
        category = lex.head_category.get(f"{words[-2].lower()} {head}")
    if category == "offenders" and any(w.lower() in lex.suspect_modifiers for w in words[:-1]):
        return "suspects"
    if category is None and words and words[-1][:1].isupper() and lookup_demonym(singular(words[-1], lex).title()):
        return "people"  # "Cambodians", "Nigerians"
    return category or "other"


# ---------------------------------------------------------------- currencies

@dataclass(frozen=True)
class CurrencyTables:
    symbols: dict[str, str]
    nouns: dict[str, str]  # any form -> singular noun
    defaults: dict[str, str | None]  # singular noun -> code used when nothing decides
    candidates: dict[str, tuple[str, ...]]  # singular noun -> ISO codes of currencies of that name
    by_country: dict[str, dict[str, str]] = field(default_factory=dict)  # noun -> {alpha3: code}
    # a letter sign -> {alpha3: code}: "N" is the naira only where the text is about Nigeria
    letter_symbols: dict[str, dict[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=8)
def load_currency_tables(name: str) -> CurrencyTables:
    path = str(model_path(name))
    data = read_json(name)
    if not isinstance(data, dict) or not isinstance(data.get("nouns"), dict):
        raise RuleFileError(path, "expected an object with 'symbols' and 'nouns'")
    symbols = {k.lower(): v for k, v in _str_map(data, "symbols", path).items()}
    nouns: dict[str, str] = {}
    defaults: dict[str, str | None] = {}
    by_country: dict[str, dict[str, str]] = {}
    for noun, entry in data["nouns"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("plural", []), list):
            raise RuleFileError(path, f"noun {noun!r} must be an object with a 'plural' list")
        noun = noun.lower()
        nouns[noun] = noun
        for plural in entry.get("plural", []):
            nouns[str(plural).lower()] = noun
        default = entry.get("default")
        if default is not None and not isinstance(default, str):
            raise RuleFileError(path, f"noun {noun!r}: 'default' must be a code or null")
        defaults[noun] = default
        overrides = entry.get("by_country", {})
        if not isinstance(overrides, dict) or not all(isinstance(v, str) for v in overrides.values()):
            raise RuleFileError(path, f"noun {noun!r}: 'by_country' must map alpha-3 codes to currency codes")
        if overrides:
            by_country[noun] = dict(overrides)
    pyc_names = {k.lower(): v.lower() for k, v in _str_map(data, "pycountry_names", path).items()}
    candidates: dict[str, list[str]] = {}
    for cur in pycountry.currencies:
        last = cur.name.lower().split()[-1]
        candidates.setdefault(last, []).append(cur.alpha_3)
        full = cur.name.lower()
        for noun, pname in pyc_names.items():
            if full.endswith(pname):
                candidates.setdefault(noun, []).append(cur.alpha_3)
    letters = data.get("letter_symbols", {})
    if not isinstance(letters, dict) or not all(
            isinstance(v, dict) and all(isinstance(c, str) for c in v.values()) for k, v in letters.items() if k != "_doc"):
        raise RuleFileError(path, "'letter_symbols' must map signs to objects of alpha-3 codes to currency codes")
    letter_symbols = {k: dict(v) for k, v in letters.items() if k != "_doc"}
    return CurrencyTables(symbols, nouns, defaults, {k: tuple(v) for k, v in candidates.items()}, by_country,
                          letter_symbols)


def _alpha2(alpha3: str | None) -> str | None:
    if not alpha3:
        return None
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else None


def currency_for_noun(noun: str, tables: CurrencyTables, *, adjective: str | None = None,
                      country: str | None = None) -> str | None:
    """ISO 4217 code of a currency word: "naira" -> NGN; "dinars" with adjective "Libyan" -> LYD;
    "pesos" in a section about Argentina (country "ARG") -> ARS. None when the word is no currency."""
    base = tables.nouns.get(noun.lower())
    if base is None:
        return None
    codes = tables.candidates.get(base, ())
    special = tables.by_country.get(base, {})
    for alpha3 in (_country_of_adjective(adjective), country):
        if alpha3 in special:
            return special[alpha3]
    for alpha3 in (_country_of_adjective(adjective), country):
        prefix = _alpha2(alpha3)
        if prefix:
            for code in codes:
                if code.startswith(prefix):
                    return code
    return tables.defaults.get(base) or (codes[0] if len(codes) == 1 else None)


def _country_of_adjective(adjective: str | None) -> str | None:
    if not adjective:
        return None
    found = lookup_demonym(adjective) or lookup_country(adjective)
    return found.alpha3 if found else None


def currency_for_symbol(symbol: str, tables: CurrencyTables, *, country: str | None = None) -> str | None:
    """ISO 4217 code of a symbol or code written by a number: "$" -> USD, "US$" -> USD, "₦" -> NGN,
    "Rs" in a Pakistan section -> PKR, "EUR" -> EUR, "N" -> NGN in text about Nigeria (else None)."""
    if symbol in tables.letter_symbols:
        return tables.letter_symbols[symbol].get(country or "")
    low = symbol.lower()
    code = tables.symbols.get(low)
    if code and low in ("rs", "rs.") and country:
        prefix = _alpha2(country)
        for cand in tables.candidates.get("rupee", ()):
            if prefix and cand.startswith(prefix):
                return cand
    if code:
        return code
    if len(symbol) == 3 and symbol.isupper() and pycountry.currencies.get(alpha_3=symbol):
        return symbol
    if len(symbol) == 4 and symbol[3] == "$" and symbol[:3].isupper() and pycountry.currencies.get(alpha_3=symbol[:3]):
        return symbol[:3]  # a dollar's ISO code before its sign: "SBD$500", "CAD$20"
    return None


# ---------------------------------------------------------------- events

@dataclass(frozen=True)
class EventEntry:
    lemma: str
    then: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventLexicon:
    verbs: dict[str, tuple[EventEntry, ...]]  # inflected form -> entries, phrase entries first
    nouns: dict[str, str]  # event noun -> lemma


@lru_cache(maxsize=8)
def load_event_lexicon(name: str) -> EventLexicon:
    rows = read_jsonl(name, required=("lemma",), allowed=("lemma", "verbs", "nouns", "then"))
    path = str(model_path(name))
    verbs: dict[str, list[EventEntry]] = {}
    nouns: dict[str, str] = {}
    for row in rows:
        lemma = row["lemma"]
        lists = {k: row.get(k, []) for k in ("verbs", "nouns", "then")}
        if not isinstance(lemma, str) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in lists.values()
        ):
            raise RuleFileError(path, f"event {lemma!r}: lemma must be a string, verbs/nouns/then lists of strings")
        entry = EventEntry(lemma, tuple(w.lower() for w in lists["then"]))
        for form in lists["verbs"]:
            verbs.setdefault(form.lower(), []).append(entry)
        for noun in lists["nouns"]:
            nouns.setdefault(noun.lower(), lemma)
    return EventLexicon({k: tuple(v) for k, v in verbs.items()}, nouns)
