"""Country names, TIP Report spellings and demonyms to ISO 3166 alpha-3.

ISO data comes from pycountry; the names the TIP Report and the press use
that ISO does not ("Burma", "North Korea", "The Gambia", "Kosovo") and the
demonyms ("Cambodian") come from models/lexicons/countries.jsonl.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .resources import read_jsonl

LEXICON = "lexicons/countries.jsonl"


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str  # the short name used in output, e.g. "Cambodia", "North Korea"


def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Côte d'Ivoire" -> "cote divoire"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("&", " and ").replace("-", " ")
    s = re.sub(r"[.'’,()]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
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
    rows = read_jsonl(LEXICON, required=("alpha3", "name"), allowed=("alpha3", "name", "names", "demonyms", "note"))
    preferred = {row["alpha3"]: row["name"] for row in rows}
    for c in pycountry.countries:
        short = preferred.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
        country = Country(c.alpha_3, short)
        by_alpha3[c.alpha_3] = country
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), short):
            if name:
                by_name.setdefault(fold(name), country)
    for row in rows:
        country = by_alpha3.get(row["alpha3"]) or Country(row["alpha3"], row["name"])
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


def country_by_code(alpha3: str) -> Country | None:
    return _tables().by_alpha3.get(alpha3.upper())


def all_country_names() -> list[str]:
    """Every known name (folded), for building matchers."""
    return list(_tables().by_name)


def all_demonyms() -> list[str]:
    return list(_tables().by_demonym)
