"""Parsing the written forms of numbers: pure functions of strings, never raising.

Every parser returns a float (or a (low, high) pair) or None when the text is
not a number it understands, including junk such as "10^400", empty strings
or thousand-digit strings. English number words go through `text2num`; the
few words it does not know ("a", "dozen", "trillion", "half") are handled here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from text_to_num import text2num

MAX_CHARS = 40  # longer digit strings are identifiers, not amounts

# Multipliers written after a number ("1.2 million", "$5m", "8 bn").
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Scales that may stand after a spelled-out or digit number (not the one-letter forms).
WORD_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})

# Vague plurals: "hundreds of", "thousands of" -> (low, high).
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24.0, 144.0), "scores": (40.0, 200.0), "tens": (10.0, 100.0),
    "hundreds": (100.0, 1000.0), "thousands": (1000.0, 10000.0),
    "millions": (1e6, 1e9), "billions": (1e9, 1e12),
}
# Vague multiples of a scale word: "several hundred" -> 300 to 900, "a few thousand" -> 2,000 to 5,000.
VAGUE_MULTIPLES: dict[tuple[str, ...], tuple[float, float]] = {
    ("several",): (3.0, 9.0), ("a", "few"): (2.0, 5.0),
}
VAGUE_MULTIPLE_LEADS = frozenset(lead[0] for lead in VAGUE_MULTIPLES)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Every word that can be part of a spelled-out cardinal.
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | WORD_SCALES | {"dozen"}
# Fraction words and their denominators: "two-thirds of the victims" is 66.67 percent of them.
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
# Scale words text2num does not know (it stops at billions; lakh and crore are South Asian), largest first.
_OUTSIDE_TEXT2NUM = {"trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
# Words that are a number alone, outside of text2num's vocabulary.
SPECIAL_WORDS = {"dozen": 12.0, "half": 0.5, "trillion": 1e12}

_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_LAKH_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")  # South Asian grouping: "3,51,683", "1,20,00,000"
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # European thousands: "50.000", "1.250.000"
_VULGAR = re.compile(r"(\d{1,4})?([\u00bc-\u00be\u2150-\u215e])")  # "6½", "¾"
_SPACE_GROUPS = re.compile(r"\d{1,3}(?:,? \d{3})+")  # "75 000", "75, 000"
# Scale letters glued to a number ("$5m", "8bn", "RM54.6mil"); "b" too, where no symbol comes first.
SCALE_SUFFIXES = "k|m|mn|mil|mln|bn|tn"
_SUFFIXED = re.compile(rf"(\d+(?:[.,]\d+)?)({SCALE_SUFFIXES}|b)", re.IGNORECASE)
_RANGE = re.compile(
    r"([$€£₦]?)(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|—|to)\s*[$€£₦]?(\d[\d,]*(?:\.\d+)?)(%?)", re.IGNORECASE
)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


# a comma with one or two digits after it is no thousands separator: "N$2,4 million", "24,5 tonnes"
_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")


def parse_digits(text: str, *, european: bool = True) -> float | None:
    """A number written in digits: "1,482", "28.6", "75, 000", "50.000" (European thousands), "2,4" (a decimal
    comma), "5m".

    A dot followed by exactly three digits is read as a thousands separator
    when `european` is true and nothing else says it is a decimal ("1.250"
    is ambiguous; a dot with one, two or four digits after it is a decimal).
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text or len(text) > MAX_CHARS:
        return None
    try:
        if _PLAIN.fullmatch(text):
            if european and _DOT_GROUPS.fullmatch(text) and not text.startswith("0"):
                return _finite(float(text.replace(".", "")))
            return _finite(float(text))
        if _COMMA_GROUPS.fullmatch(text) or _LAKH_GROUPS.fullmatch(text):
            return _finite(float(text.replace(",", "")))
        if _COMMA_DECIMAL.fullmatch(text):  # a decimal comma, as southern African and European texts write it
            return _finite(float(text.replace(",", ".")))
        if _DOT_GROUPS.fullmatch(text):
            return _finite(float(text.replace(".", "")))
        if _SPACE_GROUPS.fullmatch(text):
            return _finite(float(re.sub(r"[, ]", "", text)))
        m = _SUFFIXED.fullmatch(text)
        if m:
            base = float(m.group(1).replace(",", "."))
            return _finite(base * SCALES[m.group(2).lower()])
        m = _VULGAR.fullmatch(text)
        if m:  # "6½", "2¾": a whole number and a fraction in one sign
            return _finite(float(m.group(1) or 0) + unicodedata.numeric(m.group(2)))
    except (ValueError, OverflowError):
        return None
    return None


def parse_words(words: Sequence[str]) -> float | None:
    """A spelled-out cardinal from its words: ["twenty", "-", "one"], "three hundred and forty-two",
    ["a", "dozen"], ["a", "trillion"], ["half"]. None when the words are not a number."""
    if isinstance(words, str):
        words = words.replace("-", " - ").split()
    parts = [w.strip().lower() for w in words if w and w.strip() and w.strip() != "-"]
    if not parts or len(parts) > 12:
        return None
    if parts[0] in ("a", "an"):
        if len(parts) == 1:
            return None
        parts = ["one", *parts[1:]]
    if len(parts) == 1 and (parts[0] in WORD_SCALES or parts[0] in ("dozen", *_OUTSIDE_TEXT2NUM)):
        return None  # "million" alone is no amount; "a million" is
    if len(parts) == 1 and parts[0] in SPECIAL_WORDS:
        return SPECIAL_WORDS[parts[0]]
    if parts[-1] == "dozen":
        head = parse_words(parts[:-1]) if len(parts) > 1 else 1.0
        return None if head is None else head * 12
    for scale, factor in _OUTSIDE_TEXT2NUM.items():
        if scale in parts:  # "two trillion", "four lakh", "one crore twenty lakh": split at the scale
            i = parts.index(scale)
            high = parse_words(parts[:i]) if i else 1.0
            low = parse_words(parts[i + 1:]) if i + 1 < len(parts) else 0.0
            if high is None or low is None or low >= factor:
                return None
            return high * factor + low
    if any(p not in NUMBER_WORDS and p != "and" for p in parts) or parts[0] == "and" or parts[-1] == "and":
        return None
    try:
        return float(text2num(" ".join(parts), "en"))
    except (ValueError, TypeError, IndexError, KeyError, AssertionError):
        return None


def parse_number(text: str) -> float | None:
    """Digits or words, optionally followed by a scale: "1.2 million", "8 billion", "seven", "5m"."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text or len(text) > 200:
        return None
    value = parse_digits(text)
    if value is not None:
        return value
    parts = text.replace("-", " - ").split()
    if len(parts) >= 2 and parts[-1].lower() in SCALES and parts[-1].lower() not in ("b", "k", "m"):
        head = " ".join(parts[:-1])
        base = parse_digits(head)
        if base is None:
            base = parse_words(parts[:-1])
        if base is not None:
            return _finite(base * SCALES[parts[-1].lower()])
    return parse_words(parts)


def parse_range(text: str) -> tuple[float, float] | None:
    """A range written as one string: "20-30", "$74-$368", "70-90%", "24 to 33". None otherwise."""
    if not isinstance(text, str) or not text or len(text) > 2 * MAX_CHARS:
        return None
    m = _RANGE.fullmatch(text.strip())
    if not m:
        return None
    low, high = parse_digits(m.group(2), european=False), parse_digits(m.group(3), european=False)
    if low is None or high is None or low >= high:
        return None
    return low, high


def is_calendar_year(text: str) -> bool:
    """Four plain digits between 1800 and 2100: "2017" (not "2,017", not "2017.5")."""
    return isinstance(text, str) and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def vague_multiple(words: list[str]) -> tuple[float, float, int] | None:
    """(low, high, words read) of a vague multiple at the start of lower-case `words`:
    ["several", "hundred", "adults"] -> (300, 900, 2); None when there is none."""
    for lead, (lo, hi) in VAGUE_MULTIPLES.items():
        k = len(lead)
        if tuple(words[:k]) == lead and len(words) > k and words[k] in WORD_SCALES:
            scale = SCALES[words[k]]
            return lo * scale, hi * scale, k + 1
    return None


def vague_bounds(word: str) -> tuple[float, float] | None:
    """(low, high) of a vague plural: "hundreds" -> (100, 1000); None for other words."""
    return VAGUE.get(word.lower()) if isinstance(word, str) else None
