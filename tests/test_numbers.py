"""Number parsing (rules/numbers.py): pure functions, never raising on junk."""

from __future__ import annotations

import pytest

from ctip_extract.rules import numbers as num


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,482", 1482.0),
        ("12", 12.0),
        ("28.6", 28.6),
        ("0.5", 0.5),
        ("1,250,000", 1250000.0),
        ("75, 000", 75000.0),  # a space after the comma inside a number
        ("2,4", 2.4),  # a decimal comma: one or two digits after it
        ("24,55", 24.55),
        ("75 000", 75000.0),
        ("50.000", 50000.0),  # European thousands: exactly three digits after the dot
        ("1.250.000", 1250000.0),
        ("3.5", 3.5),
        ("2.25", 2.25),
        ("5m", 5e6),
        ("1.5bn", 1.5e9),
        ("20k", 2e4),
    ],
)
def test_parse_digits(text, expected):
    assert num.parse_digits(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "junk",
    ["", "   ", "10^400", "9" * 5000, "1" * 41, "abc", "1,2,3", "12a", "--", "1e400", "$", "1..2", None, 42],
)
def test_parse_digits_junk_is_none(junk):
    assert num.parse_digits(junk) is None


def test_european_reading_can_be_switched_off():
    assert num.parse_digits("1.250", european=False) == pytest.approx(1.25)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("seven", 7.0),
        ("eleven", 11.0),
        ("twenty-one", 21.0),
        ("twenty one", 21.0),
        (["twenty", "-", "one"], 21.0),
        ("three hundred and forty-two", 342.0),
        ("three hundred forty-two", 342.0),
        ("one thousand two hundred", 1200.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("half", 0.5),
        ("a hundred", 100.0),
        ("a trillion", 1e12),
        ("four lakh", 4e5),  # South Asian scales, outside text2num
        ("one crore twenty lakh", 1.2e7),
        ("two trillion three billion", 2.003e12),
        ("two million", 2e6),
        ("zero", 0.0),
    ],
)
def test_parse_words(words, expected):
    assert num.parse_words(words) == pytest.approx(expected)


@pytest.mark.parametrize("junk", ["", "and", "one and", "and one", "victims", "more than a trillion", "a", "the two",
                                  "seven seven seven seven seven seven seven seven seven seven seven seven seven", []])
def test_parse_words_junk_is_none(junk):
    assert num.parse_words(junk) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2 million", 1.2e6),
        ("8 billion", 8e9),
        ("1 million", 1e6),
        ("twenty-one thousand", 21000.0),
        ("seven", 7.0),
        ("4,300", 4300.0),
    ],
)
def test_parse_number(text, expected):
    assert num.parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("junk", ["", "x" * 300, "million", "10^400 million", "lots", None])
def test_parse_number_junk_is_none(junk):
    assert num.parse_number(junk) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20-30", (20.0, 30.0)),
        ("$74-$368", (74.0, 368.0)),
        ("$15-20", (15.0, 20.0)),
        ("70-90%", (70.0, 90.0)),
        ("24 to 33", (24.0, 33.0)),
        ("1,000-2,500", (1000.0, 2500.0)),
        ("30-20", None),  # not ascending
        ("5-5", None),
        ("abc", None),
        ("", None),
        ("1" * 100 + "-2", None),
    ],
)
def test_parse_range(text, expected):
    assert num.parse_range(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2017", True), ("1990", True), ("2,017", False), ("2017.5", False), ("17", False), ("3000", False), ("", False)],
)
def test_is_calendar_year(text, expected):
    assert num.is_calendar_year(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("hundreds", (100.0, 1000.0)), ("Thousands", (1000.0, 10000.0)), ("dozens", (24.0, 144.0)), ("victims", None)],
)
def test_vague_bounds(word, expected):
    assert num.vague_bounds(word) == expected
