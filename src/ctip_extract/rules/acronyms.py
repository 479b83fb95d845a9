"""Acronyms and their expansions: "National Committee for Counter Trafficking (NCCT)".

The test is whether the initials of a run of words spell the acronym. Each
content word gives its first letter (an all-capital word such as "US" or
"U.S." may give all its letters; a hyphenated word gives one initial a part,
"Anti-Human" -> "AH"); function words ("of", "for", "the", "in") may give
their initial or nothing; the last words may give nothing when they are a
generic head such as "Program" or "Task Force" ("Cambodia Countering
Trafficking-in-Persons Program (CTIP)", "Thai Internet Crimes Against Children
Task Force (TICAC)"); a head before "of" may give the last letter instead of the
first ("Bureau of International Labor Affairs (ILAB)"). The shortest run of words
ending before the parenthesis wins.
Everything here is a pure function of strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_ARTICLES = frozenset({"the", "a", "an"})
FUNCTION_WORDS = frozenset({
    "of", "for", "the", "and", "on", "to", "in", "against", "at", "by", "with", "de", "du", "des", "la", "le",
    "el", "del", "da", "do", "y", "et", "&", "a", "an", "between", "among", "from", "under", "through", "towards",
    # French, Spanish, Portuguese and Italian articles and links: "Espoir pour les Enfants du Tchad (EPET)"
    "pour", "les", "para", "contra", "contre", "los", "las", "en", "di", "dos", "das", "o", "os", "e", "al", "au", "aux",
})
# generic heads an acronym often leaves out, as lower-case word tuples
SKIPPABLE_TAILS = frozenset({("program",), ("programme",), ("project",), ("activity",), ("initiative",),
                             ("task", "force")})

# words joining a head to what it governs: "Bureau of ...", "Office for ..."
_HEAD_LINKS = frozenset({"of", "for", "on"})
_ACRONYM_RE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&./\-]{1,11}$")
_PART_SPLIT = re.compile(r"[-/\u2010\u2011\u2013]")


def is_acronym(word: str) -> bool:
    """A word that can be an acronym: 2-12 characters, starting with a capital, at least two capitals,
    and more capitals than lower-case letters ("NAPTIP", "ISIS-WA", "J/TIP", "MoSVY", not "Winrock")."""
    if not _ACRONYM_RE.match(word):
        return False
    upper = sum(ch.isupper() for ch in word)
    lower = sum(ch.islower() for ch in word)
    return upper > lower


def acronym_letters(acronym: str) -> str:
    """The letters and digits an expansion must spell: "U.S.A.I.D." -> "USAID", "NGOs" -> "NGO"."""
    word = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") and acronym[-2].isupper() else acronym
    return "".join(ch.upper() for ch in word if ch.isalnum())


def _part_options(part: str) -> tuple[str, ...]:
    """Letter strings one part of a word may contribute ("" = nothing, for function words)."""
    letters = "".join(ch for ch in part if ch.isalnum())
    if not letters:
        return ("",)
    if part.lower() in FUNCTION_WORDS:
        return ("", letters[0].upper())
    if len(letters) >= 2 and letters.isupper() and len(letters) <= 4:
        return (letters, letters[0])  # "US", "UK", "U.S."
    return (letters[0].upper(),)


@lru_cache(maxsize=4096)
def _word_options(word: str) -> tuple[str, ...]:
    """Every letter string a word may contribute, hyphenated parts combined in order."""
    parts = [p for p in _PART_SPLIT.split(word) if p]
    if not parts:
        return ("",)
    if word.lower() in FUNCTION_WORDS:
        return ("", word[0].upper())
    options = {""}
    for part in parts:
        options = {done + extra for done in options for extra in _part_options(part)}
    if len(parts) > 1:
        options.add(parts[0][0].upper())  # "Co-operation" may give only "C"
    options.discard("")  # a content word must contribute
    return tuple(sorted(options, key=len, reverse=True))


def spells(letters: str, words: Sequence[str], *, skip_tails: frozenset[tuple[str, ...]] = SKIPPABLE_TAILS) -> bool:
    """Whether the initials of `words` spell `letters`, the first word contributing the first letter."""
    if not words or not letters or words[0].lower() in FUNCTION_WORDS:
        return False
    n = len(words)
    memo: dict[tuple[int, int], bool] = {}  # a plain dict: an lru_cache made per call costs more
    # where a skippable tail starts: the letters may all be spelled before it
    tail = next((n - len(t) for t in skip_tails
                 if len(t) < n and tuple(w.lower() for w in words[n - len(t):]) == t), None)

    def can(i: int, j: int) -> bool:
        if i == n or (i == tail and j == len(letters)):
            return j == len(letters)
        known = memo.get((i, j))
        if known is not None:
            return known
        options = _word_options(words[i])
        result = False
        for opt in options:
            if letters.startswith(opt, j) and (opt or i > 0) and can(i + 1, j + len(opt)):
                result = True
                break
        memo[(i, j)] = result
        return result

    return can(0, 0)


def long_form_start(acronym: str, words: Sequence[str], *, max_extra: int = 5) -> int | None:
    """Index of the first word of the shortest tail of `words` (the words just before "(ACRONYM)")
    whose initials spell the acronym, or None.

    >>> long_form_start("NCCT", ["the", "National", "Committee", "for", "Counter", "Trafficking"])
    1
    """
    letters = acronym_letters(acronym)
    if len(letters) < 2:
        return None
    lowest = max(0, len(words) - len(letters) - max_extra)
    for start in range(len(words) - 1, lowest - 1, -1):
        word = words[start]
        if not word[:1].isupper() and not word[:1].isdigit():
            continue
        if spells(letters, words[start:]) or _spells_head_last(letters, words[start:]):
            return start
    return None


def translated_long_form_start(acronym: str, words: Sequence[str]) -> int | None:
    """Index of the first word of the tail of `words` whose capitalised words have the acronym's initials
    in another order: a name translated from a language that orders them otherwise ("Director General of
    National Security (DGSN)", from "Direction générale de la sûreté nationale"). Three letters at least;
    every word of the tail capitalised or a function word; None when there is no such tail.

    >>> translated_long_form_start("DGSN", ["with", "the", "Director", "General", "of", "National", "Security"])
    2
    """
    letters = sorted(acronym_letters(acronym))
    if len(letters) < 3 or not all(ch.isalpha() for ch in letters):
        return None
    initials: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.lower() in FUNCTION_WORDS:
            continue
        if not word[:1].isupper():
            return None
        initials.append(word[0].upper())
        if len(initials) == len(letters):
            if sorted(initials) != letters:
                return None
            before = words[k - 1] if k else ""
            if (before[:1].isupper() and before.lower() not in _ARTICLES) \
                    or (before.lower() in FUNCTION_WORDS - _ARTICLES and k > 1 and words[k - 2][:1].isupper()):
                return None  # the name goes on before it: "Agency for Placement Abroad in Private Establishments (EPPA)"
            return k
    return None


def _spells_head_last(letters: str, words: Sequence[str]) -> bool:
    """"Bureau of International Labor Affairs (ILAB)": the initials spell the acronym when the head
    before "of" goes last, as in the name's other order ("International Labor Affairs Bureau")."""
    return len(words) > 2 and words[1].lower() in _HEAD_LINKS and spells(letters, [*words[2:], words[0]])


def expansion_matches(acronym: str, words: Sequence[str]) -> bool:
    """Whether all of `words` (an expansion written after the acronym, "NAPTIP (National Agency ...)")
    spell the acronym."""
    letters = acronym_letters(acronym)
    return len(letters) >= 2 and (spells(letters, words) or _spells_head_last(letters, words))
