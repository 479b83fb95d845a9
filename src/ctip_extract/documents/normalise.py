"""Text normalisation shared by every loader.

Two tiers of repair, kept apart so offsets stay honest:
- `normalise_text` maps characters one for one wherever it can (curly quotes,
  dashes, exotic spaces), so text loaded from a file keeps the file's offsets;
- length-changing repairs (mojibake, ligature expansion, invisible characters)
  run only where they are needed, and only then do offsets move.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# One character in, one character out.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
        "\u2014": "\u2014", "\u2015": "\u2014",
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
        "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
        "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n",
        # footnote markers glued to a word ("officials.\u00b2"): a space, so the word reads whole
        "\u00b9": " ", "\u00b2": " ", "\u00b3": " ", "\u2070": " ", "\u2074": " ", "\u2075": " ",
        "\u2076": " ", "\u2077": " ", "\u2078": " ", "\u2079": " ",
    }
)

# Text extracted from the TIP Report with some PDF tools turns its quotes and
# dashes into these glyphs: an opening quote becomes the fi ligature, a closing
# one the fl ligature, an em dash a capital S with caron, an en dash the OE
# ligature ("2017\u01522021").
# The same extraction turns the euro sign into a bullet: "provided \u2022876,000 ($1.05 million)" (a list's
# bullet has a space after it)
_BULLET_EURO = re.compile("\u2022(?=[0-9])")
_PDF_QUOTE_GLYPHS = str.maketrans({"\ufb01": '"', "\ufb02": '"', "\u0160": "\u2014", "\u0152": "\u2013"})
_FL_AT_WORD_END = re.compile(r"[\w.,;:!?)]\ufb02(?=[\s.,;:)]|$)")  # (also after a sentence's stop: "\ufb01prison-like.\ufb02 In")
_S_CARON_BETWEEN_WORDS = re.compile(r"[a-z]\u0160[a-z]")

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPELT_OUT = re.compile("[" + "".join(_LIGATURES) + "\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u2122]")


# A page number and the running head in capitals glued to the next word by text extraction, in
# narratives copied out of the TIP Report: "in domestic 70ALGERIAservitude", "National 140CHINAPeople's".
_GLUED_HEAD = re.compile(r"(?<![\w])\d{1,3}(?=[A-Z]{2})([A-Z][A-Z .,'()\-]*[A-Z])")


def _glued_heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of every page number with its running head glued into running text; the head is
    the longest run of the capitals that names a country, so "CHINAPeople's" keeps "People's"."""
    matches = list(_GLUED_HEAD.finditer(text))
    if not matches:
        return []
    from ..rules.countries import lookup_country  # the country table, only when a candidate is seen

    found = []
    for m in matches:
        caps = m.group(1)
        for cut in range(len(caps), 3, -1):
            head = caps[:cut]
            if head[-1].isalpha() and lookup_country(head.title()) is not None:
                end = m.start(1) + cut
                after = text[end:end + 1]
                # glued to a word or figure ("forint 219HUNGARY($450)"), or closing a line after a sentence
                # ("trafficking regulations.69ALGERIA")
                if after.isalnum() or (after and after in "'\u2019(\"$\u20ac\u00a3") or (
                        after in ("", "\n", " ") and text[:m.start()].rstrip(" ")[-1:] in (".", ";", ":")):
                    found.append((m.start(), end))
                break
    return found


# A page number and running head left in the middle of a sentence, with spaces around them: "lacked
# sufficient KUWAIT 231 resources", "and 119 BHUTAN 2025 TRAFFICKING IN PERSONS REPORT revoked three".
_SPACED_TITLE = re.compile(
    r"(?<=[a-z,;] )(?:(?P<page>\d{1,3}) )?(?:(?P<country>[A-Z][A-Z'’.\-]*(?:,? [A-Z][A-Z'’.\-]*){0,4}) )?(?:\d{4} )?"
    r"TRAFFICKING IN PERSONS REPORT(?: JUNE)?(?: \d{4})?(?(page)|(?: \d{1,3})?)(?= [a-z0-9])")  # (one page number)
_REPORT_HEAD = "TRAFFICKING IN PERSONS REPORT"
_HEAD_LINE = re.compile(r"(?<=[a-z,;])[ \t]*\n[ \t]*(?:\d{1,3}[ \t]+)?TRAFFICKING IN PERSONS REPORT(?:[ \t]+JUNE)?"
                        r"(?:[ \t]+\d{4})?(?:[ \t]+\d{1,3})?[ \t]*(?:\n[ \t]*)?(?=[a-z])")  # (that line break may be a space by now)
_SPACED_COUNTRY = re.compile(
    r"(?<=[a-z,;] )(?:(?P<page>\d{1,3}) )?(?P<country>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?: (?P<page2>\d{1,3}))?(?= [a-z0-9])")


def _spaced_heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of every running head left mid-sentence, with its page number and the space after."""
    titles = list(_SPACED_TITLE.finditer(text)) if "REPORT" in text else []
    heads = [m for m in _SPACED_COUNTRY.finditer(text) if m["page"] or m["page2"]]
    if not titles and not heads:
        return []
    from ..rules.countries import lookup_country

    found = [(m.start(), m.end() + 1) for m in titles
             if not m["country"] or lookup_country(m["country"].title()) is not None]
    # (a running head spells its country out: "paid 200 US dollars", "40 UAE nationals" hold no head)
    found += [(m.start(), m.end() + 1) for m in heads
              if len(m["country"]) >= 4 and lookup_country(m["country"].title()) is not None
              and not any(a <= m.start() < b for a, b in found)]
    return found


# a page number and the country's running head, each on a line of its own, in the middle of a sentence
_PAGE_HEAD_LINES = re.compile(r"\n[ \t]*(?:\d{1,4}[ \t]*\n[ \t]*(?P<a>[A-Z][A-Z .,'\-]{2,40}?)|(?P<b>[A-Z][A-Z .,'\-]{2,40}?)"
                              r"[ \t]*\n[ \t]*\d{1,4})[ \t]*\n(?=[ \t]*[A-Za-z0-9(])")


def _page_heads_on_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every page number and running head on lines of their own inside a sentence ("... to 14\n130\n
    CZECH REPUBLIC\nBulgarian men"): the sentence goes on after them (the line before ends with no stop)."""
    from ..rules.countries import lookup_country

    return [(m.start(), m.end()) for m in _PAGE_HEAD_LINES.finditer(text)
            if text[max(0, m.start() - 1):m.start()] not in (".", ":", ";", "!", "?", "")
            and lookup_country((m["a"] or m["b"]).strip().title()) is not None]


# A footnote's number glued to what it annotates: a word ("involving 51 suspects1, compared with"), a
# closing bracket ("($155,000)2, which"), a year that ends a sentence ("in 2008.1 Some victims")
# (the digit first and what stands before it looked behind at from there: a fast scan)
_GLUED_FOOTNOTE = re.compile(r"[1-9](?:(?<=[a-z]{4}[1-9])(?=[,.;:]?(?:\s|$))|(?<=\)[1-9])(?=[,.;:]?\s)"
                             r"|(?<=(?<![\w.,])(?:19|20)\d\d\.[1-9])(?=[ \t]+[A-Z][a-z]))")


# A month's name broken at a line end and not rejoined: "in Febru- ary 2009" (rejoined only when the two
# halves make a month: "short- and long-term" stays)
_BROKEN_WORD = re.compile(r"- (?<=[a-z]- )(?P<tail>[a-z]{2,8})\b")  # (the break first; its head is read back)
_BROKEN_HEAD = re.compile(r"\b[A-Z][a-z]{1,7}$")
# a span of years broken at its dash by a line end, the break made a space: "for 2017- 2021" (the space goes)
_BROKEN_YEARS = re.compile(r"(?<![\d\-])(?:19|20)\d\d-(?P<gap> )(?=(?:19|20)\d\d(?!\d))")
_MONTHS = frozenset({"January", "February", "March", "April", "June", "July", "August", "September", "October",
                     "November", "December"})


# a word broken at a line end, the break made a space: "vic- tims", "The Asia Founda- tion"
_BROKEN_ANY = re.compile(r"(?<![\w\-])(?P<head>[A-Za-z]{1,20})- (?P<tail>[a-z]{2,20})\b")
_WORD = re.compile(r"[A-Za-z]{4,}(?:-[A-Za-z]+)*")
# a capitalised compound broken at its hyphen, the break made a space: "The Inter- Institutional Committee"
_BROKEN_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]{1,20}-(?P<gap> )(?=[A-Z][a-z]{2,20}\b)")


def _broken_words(text: str) -> list[tuple[int, int, str]]:
    """Cuts joining a word broken at a line end when the text writes it whole elsewhere and never with that
    hyphen ("traf- ficking" where "trafficking" stands elsewhere), or a compound broken at its hyphen when the
    text writes it hyphened elsewhere ("anti- trafficking"): the text is its own dictionary."""
    found = list(_BROKEN_ANY.finditer(text))
    if not found:
        return []
    whole: set[str] = set()
    hyphened: set[str] = set()
    for w in _WORD.finditer(text):
        (hyphened if "-" in w.group() else whole).add(w.group().lower())
    cuts = []
    for m in found:
        joined = (m["head"] + m["tail"]).lower()
        compound = f"{m['head']}-{m['tail']}".lower() in hyphened
        if joined in whole and not compound:
            cuts.append((m.end("head"), m.start("tail"), ""))
        elif compound and joined not in whole:
            cuts.append((m.end("head") + 1, m.start("tail"), ""))  # the compound, whole: "anti-trafficking"
    return cuts


def spell_out(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` with ligatures written as their letters ("\ufb01ve" -> "five"), invisible characters
    dropped ("traf\u00adficking"), and the debris of PDF text extraction cut out: page numbers with
    their running head, glued to a word ("domestic 70ALGERIAservitude"), left mid-sentence ("lacked
    sufficient KUWAIT 231 resources") or on a line of its own inside a paragraph (made one space),
    footnote marks glued to a word, bracket or year ("51 suspects1", "($155,000)2") and the break in a
    month's name split at a line end ("Febru- ary"); and where:
    (offset in `text`, characters added) for each change, in order (Document.expansions); a negative
    count drops that many characters."""
    cuts = [(m.start(), m.end(), _LIGATURES.get(m.group(), "")) for m in _SPELT_OUT.finditer(text)]
    cuts += [(start, end, "") for start, end in _glued_heads(text)]
    cuts += [(start, end, "") for start, end in _spaced_heads(text)]
    if "\n" in text:
        cuts += [(start, end, " ") for start, end in _page_heads_on_lines(text)]
    # a running head on a line of its own inside a paragraph: the lines around it join (looked for where
    # the head's words are, found by a plain substring search)
    at = text.find(_REPORT_HEAD)
    while at >= 0:
        m = _HEAD_LINE.search(text, max(0, at - 12), at + 160)  # (a page number may stand far to the right)
        if m is not None and m.start() < at:
            cuts.append((m.start(), m.end(), " "))
        at = text.find(_REPORT_HEAD, at + len(_REPORT_HEAD))
    cuts += [(m.start(), m.end(), "") for m in _GLUED_FOOTNOTE.finditer(text)]
    if "- " in text:
        for m in _BROKEN_WORD.finditer(text):
            head = _BROKEN_HEAD.search(text, max(0, m.start() - 8), m.start())
            if head is not None and head.group() + m["tail"] in _MONTHS:
                cuts.append((m.start(), m.start("tail"), ""))
    if "- " in text:
        cuts += [(m.start("gap"), m.end("gap"), "") for m in _BROKEN_YEARS.finditer(text)]
        cuts += _broken_words(text)
        cuts += [(m.start("gap"), m.end("gap"), "") for m in _BROKEN_CAPITALISED.finditer(text)]
    if not cuts:
        return text, ()
    cuts.sort()
    parts: list[str] = []
    expansions: list[tuple[int, int]] = []
    last = 0
    for start, end, letters in cuts:
        if start < last:
            continue
        parts += [text[last:start], letters]
        expansions.append((start, len(letters) - (end - start)))
        last = end
    parts.append(text[last:])
    return "".join(parts), tuple(expansions)


def uses_pdf_quote_glyphs(text: str) -> bool:
    """True when fi/fl ligatures and S-caron stand for quotes and dashes (never true of real words)."""
    return bool(_FL_AT_WORD_END.search(text) or _S_CARON_BETWEEN_WORDS.search(text))


def normalise_text(text: str, *, keep_offsets: bool = True) -> str:
    """Normalise quotes, dashes, spaces and known glyph substitutions.

    With `keep_offsets` (text read from a file), only one-for-one replacements
    are made, so `result[i]` still stands where `text[i]` stood. Without it,
    mojibake is repaired, ligatures expanded and invisible characters dropped.
    """
    if not keep_offsets:
        if _MOJIBAKE_HINT.search(text):
            text = ftfy.fix_encoding(text)
        text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if uses_pdf_quote_glyphs(text):
        text = text.translate(_PDF_QUOTE_GLYPHS)
    text = text.translate(_ONE_FOR_ONE).replace("\r\n", " \n").replace("\r", "\n")
    if "\u2022" in text:
        text = _BULLET_EURO.sub("\u20ac", text)
    if not keep_offsets:
        for lig, letters in _LIGATURES.items():
            text = text.replace(lig, letters)
    return text


# A line break inside a sentence of hard-wrapped text (pdftotext, e-mail): at the end of a full line,
# after a letter, digit or comma (or a hyphen at a word's end), before a small letter, a digit, an
# opening bracket, a currency sign or a capitalised word ("by the Interinstitutional\nRoundtable on Trafficking",
# "a fine of $6,870 to\n$137,360").
_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,;%)\-'\u2019])[ \t]*\n(?=[ \t]*(?:[a-z0-9($\u20ac\u00a3]|[A-Z][a-z]|[A-Z]{2,}[a-z]?(?=[ \t]+[a-z(])"
                        r"|[A-Z]{2,}-[a-z]))")
# (or after "years'"; or before an acronym that goes on a sentence, not a heading's or a label's: "74 billion\nVND ($3.2
# million)", not "... 3391\nIOM: In Geneva"; or one a word is joined to: "the three specialized\nNGO-run shelters")
FULL_LINE = 50  # characters: a shorter line is a title, a label or the end of a list item
# words that end no title or label: a line of prose ending in one is cut mid-sentence, however short (a title
# may end in one: "Congo, Democratic Republic of the" over "tier rating: ...")
_PROSE_WORD = re.compile(r"(?<![\w'\u2019-])(?!(?:of|the|and|de|la|des|du|del|for|in|on|a|an|to|at|by|or)\b)[a-z][\w'\u2019-]*")
_DANGLING_END = re.compile(r"[ \t](?:for|of|to|the|a|an|and|or|in|on|with|by|from|at|as|than|that|which|who|is|are|was|were)[ \t]*$")
# a line that a label opens, under a headline however long: a byline, a timestamp, a name and its outlet
# ("By: Mariel C. Santiago - Reporter / ...", "By Gideon Kwame Agbeko, Kete-Krachi": a name, then its role or place)
_LINE_LABEL = re.compile(r"[ \t]*(?:By:?[ \t]+[A-Z][\w'\u2019.\-]*(?:[ \t]+(?:(?:van|von|de|den|der|da|das|dos|du|del|di|"
                         r"bin|al|el|la|le|ter|ten)[ \t]+)*[A-Z][\w'\u2019.\-]*){1,4}[ \t]*"  # ("By Marieke van Doorn")
                         r"(?:\n|$|,|[ \t]*[|/\u2013\u2014][ \t]|[ \t]-[ \t])"
                         r"|(?:Published|Updated|Posted)\b"
                         r"|[A-Z][a-z]*(?:[ \t-][A-Za-z]+)?:[ \t]"  # a contact block's label: "Telephone: ", "E-mail: "
                         r"|(?:Tel|Fax|Phone|Mob)\.?[ \t]*[+(\d]"  # or a number after a short one: "Tel. +62 21 ..."
                         r"|[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3}[ \t]*[|\u00b7\u2022]"  # "Asif Chaudhry | Published ..."
                         r"|[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,3}[ \t]*/[ \t]*[A-Z][^\n/]{1,40}(?:\n|$))")  # "Sok Chanmony / Khmer Times"


# a line of two to four capitalised words and nothing else, then a blank line
_BARE_NAME_LINE = re.compile(r"[ \t]*[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3}[ \t]*\n[ \t]*\n")


# a line that a person's name and a comma open: "Maria Teresa Dizon, Communications Specialist, UN Women ..."
_NAME_AND_COMMA = re.compile(r"[ \t]*[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3},[ \t]")


# a line a numbered list item opens: "2. Keep schools open", "3) Train border officials", "4. repeat the survey"
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Za-z]")
_NEXT_WORD = re.compile(r"[ \t]*\S*")
_PAGE_NUMBER_LINE = re.compile(r"[ \t]*\d{1,4}[ \t]*(?=\n|$)")
# a line that goes on a sentence: a small letter, or a figure and a small-letter word ("12 years' imprisonment")
_GOES_ON = re.compile(r"[ \t]*(?:[a-z]|\d[\d,.]*[ \t]+[a-z])")


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at (characters), or None: the length most of its lines come
    close to (nine in ten lines at most that long, half of them within twelve characters of it)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 8:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 100 or sum(1 for n in lengths if width - 12 <= n <= width) < len(lengths) / 2:
        return None
    return width


# words that open a sentence and seldom follow a line break inside one
_SENTENCE_OPENER = re.compile(r"(?:The|This|These|It|In|On|An?)[ \t]")


def unwrap_lines(text: str) -> str:
    """`text` with the line breaks of hard-wrapped paragraphs made spaces, one character for one
    ("62 trafficking\nvictims" reads as "62 trafficking victims"); paragraph breaks, headings and
    list items (a short line, a bullet or a blank line) stay."""
    if "\n" not in text:
        return text
    width = _wrap_width(text)

    def space(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < FULL_LINE and not (
                _DANGLING_END.search(text, line_start, m.start()) and text[m.end():m.end() + 1].islower()
                and _PROSE_WORD.search(text, line_start, m.start())) and not (
                width and m.start() - line_start + 1 + len(_NEXT_WORD.match(text, m.end())[0]) > width) and not (
                width and m.start() - line_start >= 0.8 * width and _PROSE_WORD.search(text, line_start, m.start())
                and (_GOES_ON.match(text, m.end()) or _DANGLING_END.search(text, line_start, m.start())
                     or text[m.start() - 1:m.start()].isalpha())):
            return m.group()  # a short line: a title or label ("United Arab Emirates\ntier rating: ..."), unless a
            # word that cannot end one ends it and the sentence goes on: "... on Tier 2 Watch List for\na second ...",
            # or the text is wrapped at a width the next word would have passed ("... of forcing 11\nBrazilian men"),
            # or the line is nearly full and the sentence plainly goes on ("(DINAPEN) conducted 47\nraids on bars",
            # "between February and\nMay 2020", "In 2020, the National Police\nAgency (NPA)": a copy from a PDF wraps
            # at no exact width)
        if "@" in text[line_start:m.start()]:
            return m.group()  # a contact line ends with its address: "..., Email: jb@unicef.org"
        if _PAGE_NUMBER_LINE.match(text, m.end()) or _PAGE_NUMBER_LINE.fullmatch(text, line_start, m.start()):
            return m.group()  # a page number alone on its line, a PDF copy's, is no part of the sentence round it
            # ("... to pay 1.2 million koruna ($48,900) to 14\n130\nCZECH REPUBLIC\nBulgarian men": not 14,130)
        next_end = text.find("\n", m.end())
        if " | " in text[line_start:m.start()] and " | " in text[m.end():next_end if next_end >= 0 else len(text)]:
            return m.group()  # a table, a row a line: "Country | Year | Cases\nCambodia | 2021 | 312"
        if _LINE_LABEL.match(text, m.end()):
            return m.group()  # a headline over its byline: "... sting, sheriff says\nBy Kayla Brooks"
        if not width and _SENTENCE_OPENER.match(text, m.end()) and text[m.start() - 1:m.start()].isalpha() \
                and not _DANGLING_END.search(text, line_start, m.start()):
            return m.group()  # a heading over its text, in text not wrapped at a width: "About the World Day against
            # Trafficking in Persons\nThe United Nations General Assembly designated ..."
        if _NUMBERED_ITEM.match(text, line_start) and _NUMBERED_ITEM.match(text, m.end()):
            return m.group()  # a numbered list, an item a line: "1. Set a minimum age of 18 ...;\n2. Keep schools open"
        if _NAME_AND_COMMA.match(text, line_start) and _NAME_AND_COMMA.match(text, m.end()):
            return m.group()  # a contact block, one person a line: "Pimchanok Saetang, Officer, ILO ...\nMaria ..."
        if line_start == 0 and _BARE_NAME_LINE.match(text, m.end()):
            return m.group()  # a headline over a bare name on a line of its own: "... boat tragedy\nTariq Mehmood Butt\n\n"
        return " " * len(m.group())

    return _SOFT_WRAP.sub(space, text)


def repair_if_broken(text: str) -> str:
    """Repair mojibake (UTF-8 read as cp1252) and drop invisible characters; offsets may move."""
    return normalise_text(text, keep_offsets=False)


def has_mojibake(text: str) -> bool:
    """True when text holds UTF-8 read as cp1252 ("â€™"), which only a repair of the whole text fixes."""
    return bool(_MOJIBAKE_HINT.search(text))
