"""People, without a statistical model: titles before names, speech verbs, appositions.

- "Director-General Fatima Waziri-Azi", "Lt. Col. Catherine Tamayo-Cipriano": a title, rank or
  honorific (models/lexicons/person_titles.txt) before capitalised name words; the title is the role.
- "Eang Bunthan said", "said Eang Bunthan", "according to Eang Bunthan": two to four name words next
  to a speech verb.
- "Eang Bunthan, the Knowledge, Learning and Communications manager at Winrock International, said":
  the apposition gives role and affiliation.

Pure functions over `Word` lists (rules.actors.split_words) and strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .actors import NAME_CAPITALS, ActorWords, Word, lookup_country, lookup_demonym

NAME_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "ould", "mint", "van", "von", "de", "den", "der", "da", "di", "dela",
                            "del", "dos", "du", "al", "el", "le", "la", "ó", "ua", "ní", "nic", "uí", "mhic"})
# (Irish: "Tomás Ó Súilleabháin", "Síle Ní Bhriain")
# generational suffixes that end a name ("Samson Inocencio Jr."), matched as written after a space
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$(?<!^U\.S\.)(?<!^U\.K\.)(?<!^U\.N\.)(?<!^H\.E\.)")  # "W.", "H.M." (not
# "U.S." nor "H.E.", His Excellency)
_ARABIC_PARTICLES = frozenset({"al", "el", "bin", "binti", "bint", "ibn", "ould", "mint"})
# "Bunthan", "Waziri-Azi", "O'Neill", "McDonald", "Fraser-McKenzie", "Chan-o-cha", "al-Gharyani" (an Arabic article
# before a capital)
_NAME_WORD = re.compile(rf"^(?:[A-Z]['’]|[ae]l-)?[{NAME_CAPITALS}][a-z\u00DF-\u024F\u1E00-\u1EFF]{{0,2}}[A-Z]?"
                        rf"[a-z\u00DF-\u024F\u1E00-\u1EFF]+(?:['’\-](?:[{NAME_CAPITALS}][a-z]{{0,2}}[A-Z]?)?"
                        rf"[a-z\u00DF-\u024F\u1E00-\u1EFF]+)*$")


_TITLE_LINKS = frozenset({"of", "for", "the", "and", "to", "in", "on", "at", "de", "du", "des", "la", "el", "y", "e", "et"})


def title_key(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-case words; a period stays ("Sen." is a title, the name "Sen" is not)."""
    return tuple(w.lower() for w in words)


def build_titles(lines: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Title lines ("Lt. Col.", "Director-General") as lower-case word tuples without final periods."""
    from .actors import split_words

    return frozenset(title_key(w.text for w in split_words(line)) for line in lines if line.strip())


@dataclass(frozen=True)
class PeopleWords:
    titles: frozenset[tuple[str, ...]]
    not_name: frozenset[str]
    max_title: int
    first_words: frozenset[str]
    honorifics: frozenset[str] = frozenset()

    @classmethod
    def make(cls, titles: frozenset[tuple[str, ...]], not_name: Iterable[str],
             honorifics: Iterable[str] = ()) -> PeopleWords:
        return cls(titles, frozenset(w.lower() for w in not_name), max((len(t) for t in titles), default=1),
                   frozenset(t[0] for t in titles if t), frozenset(h.lower().rstrip(".") for h in honorifics))

    def honorific(self, title_words: Sequence[Word]) -> bool:
        """Whether a title ends with an honorific ("Mr.", "Samdech"), after which one word can be a name."""
        last = title_words[-1].lower.rstrip(".")
        two = " ".join(w.lower.rstrip(".") for w in title_words[-2:])
        return last in self.honorifics or two in self.honorifics

    def title_at(self, words: Sequence[Word], i: int) -> int:
        """Number of words of the longest title starting at words[i] (0 if none); titles are capitalised."""
        # a rank before any title: "Assistant Chief Executive" (longer than the listed "Assistant Chief")
        ranked = 1 + self.title_at(words, i + 1) if words[i].text in RANK_MODIFIERS and i + 1 < len(words) else 0
        if not words[i].capitalised or title_key((words[i].text,))[0] not in self.first_words:
            return ranked if ranked > 1 else 0
        for n in range(min(self.max_title, len(words) - i), ranked, -1):
            chunk = words[i:i + n]
            if chunk[0].capitalised and title_key(w.text for w in chunk) in self.titles \
                    and not any(w.possessive for w in chunk[:-1]) \
                    and all(w.capitalised or w.lower in _TITLE_LINKS for w in chunk[1:]):
                return n  # (a title's words are all capitalised: "Labour attache Kyaw Min Htut" opens with a role)
        return ranked if ranked > 1 else 0

    def titles_at(self, words: Sequence[Word], i: int) -> int:
        """Words of a chain of titles at words[i]: "Samdech Kralahome", "Police Lt. Gen."."""
        j = i
        while j < len(words) and (n := self.title_at(words, j)):
            j += n
        return j - i


# words that make a lower rank of any title after them
RANK_MODIFIERS = frozenset({"Assistant", "Acting", "Associate", "Interim", "Vice"})


# a speech verb or title that, capitalised after a given name, is a surname: "Halima Said", "Amy Pope"
_SURNAMES_LIKE_VERBS = frozenset({"Said", "Pope", "King", "Bishop"})


def _name_or_surname_verb(word: Word, pw: PeopleWords, lex: ActorWords) -> bool:
    """A name word, or a speech verb or title capitalised inside a name ("Mohammed bin Said Al Kiyumi")."""
    return is_name_word(word, pw, lex) or word.text in _SURNAMES_LIKE_VERBS


# days and months that are given names: "the couple's driver, Friday Uwaifo, 52,", "said Jan Verhoef"
_CALENDAR_NAMES = frozenset({"Friday", "Sunday", "Monday", "Jan", "April", "June"})
_BEFORE_A_DAY = frozenset({"on", "by", "since", "until", "till", "from", "last", "next", "this", "every", "that",
                           "before", "after", "late", "early", "said", "to", "in", "of", "during", "through",
                           "throughout", "between", "and", "or", "mid"})


# nouns of law that are given names: "Bill Hughes, a volunteer, said" (not "the Modern Slavery Bill")
_LAW_WORD_NAMES = frozenset({"Bill"})
_BEFORE_A_LAW = frozenset({"the", "a", "this", "that", "draft", "new", "its", "their"})


def _given_weekday(words: Sequence[Word], k: int, pw: PeopleWords, lex: ActorWords) -> bool:
    """Whether words[k], a day, a month or a law's noun, is a given name: a name word follows one space after
    it and no word that dates ("on", "by", "in", "said") or names a law ("the", "Slavery") stands before it."""
    if k + 1 >= len(words) or words[k + 1].start - words[k].end != 1:
        return False
    if words[k].text in _LAW_WORD_NAMES:
        if k > 0 and (words[k - 1].lower in _BEFORE_A_LAW
                      or (words[k - 1].capitalised and (words[k - 1].lower,) not in pw.titles)):
            return False
    elif words[k].text not in _CALENDAR_NAMES or (k > 0 and words[k - 1].lower in _BEFORE_A_DAY):
        return False
    return is_name_word(words[k + 1], pw, lex) and words[k + 1].lower not in pw.not_name


def is_name_word(word: Word, pw: PeopleWords, lex: ActorWords) -> bool:
    """A word that can be part of a person's name: "Bunthan", "Waziri-Azi", "W." (initial)."""
    text = word.text
    if _INITIAL.match(text) or text in _SHORT_GIVEN_NAMES:
        return True
    if not _NAME_WORD.match(text):
        return False
    low = word.lower
    if low.endswith("-old"):
        return False  # "Twelve-year-old Ahmad": an age, not a given name
    if text in _NAMES_LIKE_ACRONYMS:
        return True  # a name spelt as an acronym's letters in small: "Clarisse Ngo Biyong" (not "NGO")
    if "-" in low and any(part in lex.role_nouns for part in low.split("-")):
        return False  # a hyphened rank is no name: "Additional Solicitor-General V. Raghavan"
    if low in pw.not_name or low in lex.leading_stop or low in lex.speech_verbs or (low,) in lex.keywords \
            or low in lex.role_nouns or low in lex.not_org_heads:
        return False
    if (low,) in pw.titles:
        return False
    return lookup_country(text) is None and lookup_demonym(text) is None


# names of people that, in capitals, are a body's kind: "Ngo" (a Cameroonian name) is no "NGO"
_NAMES_LIKE_ACRONYMS = frozenset({"Ngo"})
# given names written short, with their period: "Ma. Cristina Dizon" (Maria), "Md. Rakibul Hasan" (Mohammad)
_SHORT_GIVEN_NAMES = frozenset({"Ma.", "Md.", "Mohd.", "Muhd."})

# the middle names of Vietnamese names, after which any capitalised word is a name's: "Lu Thi May" (not the month)
VIETNAMESE_MIDDLE = frozenset({"Thi", "Th\u1ecb", "Van", "V\u0103n"})


def name_after(words: Sequence[Word], i: int, pw: PeopleWords, lex: ActorWords, *, max_words: int = 4) -> int:
    """How many words from words[i] form a name (particles "bin" inside allowed); 0 if none."""
    j = i
    particles = 0  # ("Sidi Mohamed Ould Ahmed Vall": particles do not count towards max_words)
    while j < len(words) and j - i - particles < max_words:
        w = words[j]
        if j > i and w.start - words[j - 1].end > 1 + (2 if words[j - 1].possessive else 0):
            break  # more than a space between: "Daniel Viederman, Verité's chief executive"
        if is_name_word(w, pw, lex) or (j > i and w.text in _SURNAMES_LIKE_VERBS) \
                or (j > i and words[j - 1].text in VIETNAMESE_MIDDLE and w.capitalised) \
                or (j == i and _given_weekday(words, j, pw, lex)):
            j += 1
            particles += w.lower in NAME_PARTICLES  # "Ould", "Bin" written capitalised
            if w.possessive:
                break
            continue
        if j > i + 1 and _surname_like_opener(words, j, lex):
            j += 1  # "Carolina Agudelo Mesa, director of ...": a word that opens bodies' names ends this one
            break
        # (a lone capital inside a Hmong or Vietnamese name counts as a particle: "Lù A Sình")
        # (and one opening a South Indian name written without its stop: "Sub-Collector S Meenakshi")
        if (w.lower in NAME_PARTICLES and j > i) or (
                _lone_capital(w) and j + 1 < len(words) and words[j + 1].start - w.end == 1
                and (j > i or w.text not in ("A", "I"))):
            k = j + 1
            while k < len(words) and (words[k].lower in NAME_PARTICLES or _lone_capital(words[k])):
                k += 1  # "Pieter van den Berg", "K S Radhakrishnan"
            if k < len(words) and _name_or_surname_verb(words[k], pw, lex):
                particles += k - j
                j = k
                continue
        break
    # a name ends on a real word, not on an initial
    while j > i and _INITIAL.match(words[j - 1].text):
        j -= 1
    if j - i >= 2 and _suffix_at(words, j):
        j += 1
    return j - i


def _surname_like_opener(words: Sequence[Word], j: int, lex: ActorWords) -> bool:
    """Whether words[j], a word that only opens bodies' names ("Mesa", "Banco"), is a surname after the two
    name words before it: a name word's shape, and no capitalised word one space after it to open."""
    kw = lex.keywords.get((words[j].lower,))
    if kw is None or not kw.opener or kw.head or not _NAME_WORD.match(words[j].text):
        return False
    return not (j + 1 < len(words) and words[j + 1].capitalised and words[j + 1].start - words[j].end == 1)


def _suffix_at(words: Sequence[Word], j: int) -> bool:
    """Whether words[j] is a generational suffix one space after the name word before it."""
    return 0 < j < len(words) and words[j].text in NAME_SUFFIXES and words[j].start - words[j - 1].end == 1


def name_before(words: Sequence[Word], end: int, pw: PeopleWords, lex: ActorWords, *, max_words: int = 4) -> int:
    """How many words before words[end] form a name (counting back); 0 if none."""
    i = end
    if _suffix_at(words, end - 1):  # "Samson Inocencio Jr. said"
        i -= 1
        max_words += 1
    particles = 0  # (particles do not count towards max_words: "Salim bin Hamad al Rawahi")
    while i > 0 and end - i - particles < max_words:
        w = words[i - 1]
        if w.possessive and i != end:
            break
        if i < end and words[i].start - w.end > 1:
            break  # more than a space between: "before Durga Puja," Sinha said"
        if i >= 2 and any(title_key(x.text for x in words[i - n:i]) in pw.titles for n in (2, 3) if i >= n):
            break  # the end of a title of several words: "Datuk Seri Azman Kassim" (not "Seri Azman Kassim")
        if is_name_word(w, pw, lex) or ((w.lower in NAME_PARTICLES or _lone_capital(w)) and i < end and i - 2 >= 0
                                         and _name_or_surname_verb(words[i - 2], pw, lex)) \
                or (w.text in _SURNAMES_LIKE_VERBS and i >= 2 and (is_name_word(words[i - 2], pw, lex) or (
                    i < end and words[i - 2].lower in NAME_PARTICLES))) \
                or (i < end and _given_weekday(words, i - 1, pw, lex)) \
                or (i >= 2 and words[i - 2].text in VIETNAMESE_MIDDLE and w.capitalised):
            particles += (w.lower in NAME_PARTICLES or _lone_capital(w)) and i < end
            i -= 1
            continue
        break
    while i < end and words[i].lower in NAME_PARTICLES and (not words[i].text[:1].isupper()
                                                           or words[i].lower in _ARABIC_PARTICLES):
        i += 1  # (a capitalised "Van" or "De" opens the name: "Van Duc Tran", "De Lima"; "Al Kuwari" alone is no name)
    if end - i > 2 and i > 0 and words[i - 1].lower in ("of", "for") and words[i].lower in lex.portfolio_words:
        i += 1  # "Deputy Minister of Interior Eralda Shehu": the portfolio ends the title, not the name
    if end - i == 1 and _suffix_at(words, end - 1):
        return 0  # a suffix alone is no name
    return end - i


def _lone_capital(word: Word) -> bool:
    """A capital letter alone, no period: inside a name only ("Lù A Sình", "Vang A Pao")."""
    return len(word.text) == 1 and word.text.isupper()


def plain_gap(text: str, left: Word, right: Word) -> bool:
    """Only spaces between two words (no comma, bracket, quote or line break)."""
    gap = text[left.end + (2 if left.possessive else 0):right.start]
    return bool(gap) and not gap.strip(" \t\u00a0")


@dataclass(frozen=True)
class Apposition:
    role: str | None
    affiliation: str | None
    end: int  # character offset where the apposition ends


_APPOS_LEAD = re.compile(r"^(?:the|a|an|The)\s+")
_COMMA_GAP = re.compile(r"^,[ \t]+")
# titles with an "of" of their own: the word after "of" names the post, not an organisation
_TITLE_OF = re.compile(r"\b(?:[Cc]hief|[Hh]ead)[ \t]+of[ \t]+(?:[Mm]ission|[Ss]taff|[Pp]arty|[Dd]elegation)\b")
_AT_A_BODY_IN_SMALL_LETTERS = re.compile(r"\s+at\s+(?:the|its|a)\s+[a-z]")
_BODY_IN_SMALL_LETTERS = re.compile(r"\s(?:at|with|of|for)\s+(?:a|an|the)\s")  # "... at a recruitment agency in ..."
_CLAUSE_STOP = re.compile(r"[,;.!?\n\"”]|[ \t]+(?:who|whose|which)[ \t]|$")  # (a relative clause ends the role)
# "manager at Winrock International", "deputy director at rights group Licadho"
_AFFIL_SPLIT = re.compile(r"\s+(?:at|of|with|for|from|in)\s+(?:the\s+)?"
                          r"(?:(?!(?:at|of|with|for|from|in|and)\b)[a-z][\w-]*\s+){0,3}(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")


def apposition(text: str, lex: ActorWords, *, before_verb: bool = True) -> Apposition | None:
    """Role and affiliation from the text just after a name: ", the manager at Winrock International, said".

    With `before_verb`, the apposition must be followed by a comma and a speech verb; otherwise it runs
    to the next comma or the end of the sentence.
    """
    m = _COMMA_GAP.match(text)
    if m is None:
        return None
    body_start = m.end()
    stop = None
    if before_verb:
        for cm in re.finditer(r",[ \t]+([A-Za-z]+)\b", text[body_start:body_start + 240]):
            if cm.group(1).lower() in lex.speech_verbs:
                stop = body_start + cm.start()
                break
        if stop is None:
            return None
    else:
        cm = _CLAUSE_STOP.search(text[body_start:body_start + 200])
        stop = body_start + (cm.start() if cm else 0)
    body = text[body_start:stop].strip()
    if not body or "\n" in body or _too_long(body, lex):
        return None
    stripped = _APPOS_LEAD.sub("", body)
    if stripped == body and not _opens_role(body, lex):
        return Apposition(None, None, stop) if before_verb else None  # ", including ...", ", where ..."
    body = stripped
    role, affiliation = body, None
    sm = _AFFIL_SPLIT.search(body)
    if sm is not None and (tm := _TITLE_OF.search(body)) is not None and tm.start() <= sm.start() < tm.end():
        # "IOM's Deputy Chief of Mission in Ethiopia", "chief of staff at ...": the title's own "of" is no affiliation
        sm = _AFFIL_SPLIT.search(body, tm.end())
        if sm is not None and sm.group().split()[0] == "in" and lookup_country(body[sm.end():].split(",")[0].strip()):
            role, sm = body[:sm.start()], None  # (a seat, not an affiliation: "... of Mission in Ethiopia")
    if sm is not None and sm.group().split()[0] == "of" and (at := _AFFIL_SPLIT.search(body, sm.end())) is not None \
            and at.group().split()[0] == "at" and len(body[sm.end():at.start()].split()) <= 4 \
            and "(" not in body[sm.end():at.start()]:
        sm = at  # a department and the body it is at: "Head of Human Rights at Havbris Foods AB"
    elif sm is not None and sm.group().split()[0] == "of" and (
            small := _AT_A_BODY_IN_SMALL_LETTERS.search(body, sm.end())) is not None \
            and len(body[sm.end():small.start()].split()) <= 4:
        role, sm = body[:small.start()], None  # "Director-General of Labour Welfare at the ministry": a department
    if sm is not None and sm.group().split()[0] == "in" and _BODY_IN_SMALL_LETTERS.search(body, 0, sm.start()):
        role = body[:sm.start()]  # "manager at a licensed recruitment agency in Al Barsha": the place of a body
    elif sm is not None:
        role, affiliation = body[:sm.start()], body[sm.end():]
        affiliation = _leading_capitalised(affiliation, lex)
    elif (om := _OWNER.match(body)) is not None and lookup_country(om.group(1)) is None:
        role, affiliation = body[om.end():], om.group(1)  # "IJM's national director" (not "Cambodia's ...")
    role = role.strip(" ,")
    if not role or len(role.split()) > 8 or not role_head_ok(role, lex):
        return Apposition(None, None, stop) if before_verb else None
    return Apposition(role, affiliation or None, stop)


def _too_long(body: str, lex: ActorWords) -> bool:
    """More than 16 words is a clause, not an apposition, unless what makes it long is the name of a
    body ("head of the Permanent Secretariat of the National Committee for Combating ... at the State
    Chancellery": at most four small words other than connectors)."""
    words = body.split()
    if len(words) <= 16:
        return False
    # (role words are no clause's: "a secretary of state at ... and deputy chair of the National Committee ...")
    small = sum(1 for w in words if w[:1].islower() and w not in lex.connectors
                and not any(p in lex.role_nouns or p in lex.role_modifiers for p in w.split("-")))
    return len(words) > 30 or small > 4


# a capitalised owner before a role: "IJM's", "Winrock International's" (up to four words)
_OWNER = re.compile(r"((?:[A-Z][\w&\-]*\s+){0,3}[A-Z][\w&\-]*)['\u2019]s\s+(?=[a-z])")
_BRACKETED = re.compile(r"[ \t]*\([^()]*\)")
_HEAD_CUT = re.compile(r"\s+(?:of|at|for|with|in|from|to|on)\s+")


def role_head_ok(role: str, lex: ActorWords) -> bool:
    """Whether the head of a role phrase is a role noun: "deputy director of monitoring" (director),
    "vice-chair" (chair); not "Attorney General's anti-trafficking unit"."""
    # (a bracket naming the post's field is no head: "Deputy General Manager (Welfare)")
    head = _HEAD_CUT.split(_BRACKETED.sub("", role), maxsplit=1)[0].lower().split()
    if not head:
        return False
    if " ".join(head[-2:]) in lex.role_nouns:
        return True
    return any(part in lex.role_nouns for part in head[-1].split("-"))


def _opens_role(body: str, lex: ActorWords) -> bool:
    """Whether a phrase without an article can be a role: "Deputy Prime Minister", "deputy director of ..."."""
    words = body.split(None, 2)
    first = words[0].rstrip(",")
    if first[:1].isupper():
        return True
    parts = first.lower().split("-")
    if any(p in lex.role_nouns or p in lex.role_modifiers for p in parts):
        return True
    # a noun that says what the role is about, then the role: "service manager at ...", "programme officer with ..."
    return len(words) == 3 and first.isalpha() and first not in _NOT_ROLE_OPENERS and first not in lex.leading_stop \
        and words[1].lower() in lex.role_nouns and words[2].split(None, 1)[0] in ("at", "of", "with", "for")


_NOT_ROLE_OPENERS = frozenset({"is", "was", "are", "were", "has", "had", "have", "be", "been", "being", "who", "which",
                               "whose", "now", "later", "also", "not", "still"})  # ", is accused of ...": a verb


def _leading_capitalised(text: str, lex: ActorWords) -> str:
    """The capitalised name at the start of a text: "Winrock International" of "Winrock International's team"."""
    out = []
    toks = text.split()
    # what kind of body, in small words before its descriptor: "the anti-trafficking NGO eLiberare"
    lead = next((i for i, t in enumerate(toks[:3]) if t.lower() in lex.descriptors), 0)
    if lead and not all(t[:1].islower() for t in toks[:lead]):
        lead = 0
    for tok in toks[lead:]:
        bare = tok.rstrip(",.;:")
        possessive = bare.endswith(("'s", "’s"))
        if possessive:
            bare = bare[:-2]
        # (a brand's small first letter after its descriptor: "NGO eLiberare")
        if bare[:1].isupper() or (out and bare.lower() in lex.connectors) \
                or (out and out[-1].lower() in lex.descriptors and bare[:1].islower() and bare[1:2].isupper()):
            out.append(bare)
        else:
            break
        if possessive or bare != tok:
            break
    while out and out[-1].lower() in lex.connectors:
        out.pop()
    while len(out) > 1 and (out[0].lower().endswith("-based") or out[0].lower() in lex.descriptors):
        out.pop(0)  # where it is based and what it is: "Belgrade-based NGO ASTRA" names ASTRA
    if len(out) == 1 and out[0].lower() in lex.descriptors:
        return ""  # what it is only, its name in small letters: "the human rights NGO aditus foundation"
    return " ".join(out)


_OF_ORG = re.compile(r"[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")


def affiliation_after(text: str, lex: ActorWords) -> str | None:
    """The organisation right after a name: "Sita Gurung of the Nepal Police Directorate said"
    -> "Nepal Police Directorate"; None unless "of/at/from/with (the)" and a capitalised name follow."""
    m = _OF_ORG.match(text)
    if m is None:
        return None
    name = _leading_capitalised(text[m.end():m.end() + 200], lex)
    return name if name and lookup_country(name) is None else None


ROLE_PREFIXES = ("vice", "deputy", "co", "acting", "assistant")  # ranks hyphenated to a role noun
_ROLE_STOP = frozenset({"the", "a", "an", "said", "says", "told", "and", "or", "but", "by", "as", "with", "for", "to",
                        # what a court did to the person ("sentenced hotel employee Chaminda Rupasinghe")
                        "sentenced", "convicted", "charged", "arrested", "acquitted", "jailed", "indicted", "fined",
                        "detained", "prosecuted",
                        # when, before the role: "This week host Mara Castellanos sits down with ..."
                        "week", "month", "year", "today", "yesterday", "tonight", "weekend"})


def role_before(text: str, words: Sequence[Word], i: int, lex: ActorWords, *,
                max_words: int = 4) -> tuple[str | None, str | None]:
    """(role, affiliation) written just before a name at words[i]: "provincial police chief Tith Narong"
    (role only), "IOM spokesperson Joel Millman" (affiliation IOM); (None, None) when the word before
    the name is not a role noun."""
    if i == 0 or not plain_gap(text, words[i - 1], words[i]):
        return None, None
    last = words[i - 1].lower
    if last not in lex.role_nouns and not (last.partition("-")[0] in ROLE_PREFIXES and last.partition("-")[2] in lex.role_nouns):
        return None, None  # (a hyphenated rank: "vice-chairperson")
    j = i - 1
    while j > 0 and i - j < max_words:
        w = words[j - 1]
        if w.capitalised or w.lower in _ROLE_STOP or w.possessive or not plain_gap(text, w, words[j]):
            break
        j -= 1
    return " ".join(w.text for w in words[j:i]), acronym_before(text, words, j)


def acronym_before(text: str, words: Sequence[Word], j: int) -> str | None:
    """An organisation's acronym right before words[j] ("IOM spokesperson", "UNICEF's representative"):
    the affiliation of the role that starts there. Country codes ("U.S.", "UK") are places, not employers."""
    if j == 0:
        return None
    w = words[j - 1]
    gap = text[w.end + (2 if w.possessive else 0):words[j].start]
    if gap.strip(" \t\u00a0") or not gap:
        return None
    if not (2 <= len(w.text) <= 8 and w.text.isupper() and w.text.isalpha()):
        return None
    return None if lookup_country(w.text) is not None else w.text
