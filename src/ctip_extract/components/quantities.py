"""`ctip_quantities`: numbers that count or measure something.

Writes `doc.spans["ctip_quantities"]`; each span covers qualifier + number +
counted thing ("at least 42 offenders") and carries in `span._.ctip` the
Quantity fields: value or low/high (a vague "thousands of" has value = low),
qualifier, unit, unit_head, category, currency, change, event, actor, date,
and `rule` (how the number was read, plus the qualifier rule id).

How: candidate tokens (digits, number words, currency signs) are found from
ORTH hashes; models/patterns/quantities.jsonl marks qualifiers, change cues
(PhraseMatcher for plain word patterns) and contexts where numbers are not
quantities (Matcher, run only on windows around candidates: Tier 2,
Article 3, dates, clock times, phone numbers). A short walk then reads each
number (rules/numbers.py), its range, currency or percent sign, and the noun
phrase it counts, using the word lists of rules/quantities.py; a bare number
("53 in 2016") inherits the unit of the quantity before it. Reads
`ctip_actors` and `ctip_dates` spans, when present, to link actor and date.
No tagger is needed and none is used.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..errors import RuleFileError
from ..rules import numbers as num
from ..rules.quantities import (
    CurrencyTables,
    EventLexicon,
    UnitLexicon,
    currency_for_noun,
    currency_for_symbol,
    load_currency_tables,
    load_event_lexicon,
    load_unit_lexicon,
    looks_plural,
    plural,
    singular,
    unit_category,
)
from ..rules.countries import find_country_mentions, lookup_country, lookup_demonym, lookup_subdivision
from ..rules.resources import model_path, read_jsonl
from ..rules.tables import Table, cell_at, read_tables
from .dates import DAY_RANGE_RULE
from .extensions import SPAN_KEYS, section_at
from .sentences import doc_text

KEY = SPAN_KEYS["quantity"]
LABELS = ("qualifier", "scope", "skip", "change", "change_verb", "ratio", "not_change")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than")

_DIGITS = re.compile(r"\d[\d,.]*[\u00bc-\u00be\u2150-\u215e]?")  # (a fraction sign closing it: "6½")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_GROUP_HEAD = re.compile(r"[1-9]\d{0,2}")
_THREE_DIGITS = re.compile(r"\d{3}")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_PC_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?pc", re.IGNORECASE)
_SCALED_DIGITS = re.compile(rf"(\d[\d,.]*)({num.SCALE_SUFFIXES})", re.IGNORECASE)  # "24bn": digits and scale
_SUFFIXED_TOKEN = re.compile(rf"\d[\d,.]*(?:{num.SCALE_SUFFIXES})", re.IGNORECASE)
_RANGE_TOKEN = re.compile(r"[$€£₦]?\d[\d,.]*[-–][$€£₦]?\d[\d,.]*%?")
_DOLLAR_CODE = re.compile(r"([A-Z]{1,2})(\d[\d,]*(?:\.\d+)?)")  # "US350" after "$": the letters name the dollar
_DOT_THOUSANDS_END = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}$")  # "2.717" (read alone as 2,717 in European style)
_GROUP = re.compile(r"\d{3}")  # a group of thousands after a space: "K150 000"
_SYMBOL_NUMBER = re.compile(rf"([^\d\s]{{1,5}})(\d[\d,.]*?)({num.SCALE_SUFFIXES})?", re.IGNORECASE)  # "US$2,790", "RM54.6mil"
_DASHES = frozenset({"-", "–", "—"})
_UNSET = object()
# opening quotation marks, and the "ﬁ" the 2018 report's extracted text has for "“"
_QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`", "\ufb01"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\ufb02"})  # (not "'": "victims' families")
_VERBS_OF_CRIME = frozenset({"convicted", "acquitted", "accused", "charged", "cleared", "suspected", "found"})
# a phone number's label, then only the digits, brackets, signs and spaces of the number before the token
_PHONE_LABEL = re.compile(r"\b(?:[Tt]el(?:ephone)?|TEL(?:EPHONE)?|[Pp]hone|PHONE|[Ff]ax|FAX|[Mm]obile|WhatsApp"
                         r"|call[ \t]+cent(?:er|re))\.?[ \t]*:?"  # (or "the ministry's unified call center 19911")
                         r"[ \t]*[\d()+\-\u2013./ \t]*$")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_COMPOUND_PARTICIPLES = ("ed", "run", "led", "owned", "based", "funded")  # "government-funded", "NGO-run"
_NAMING_VERBS = frozenset({"identified", "classified", "recognized", "recognised", "confirmed", "certified", "registered"})
_FREQUENCY_WORDS = frozenset({"daily", "weekly", "monthly", "yearly"})
_CODE_WORD = re.compile(r"[A-Z]{1,3}-?\d{1,2}[A-Z]?")  # a visa class or a category before a noun: "23 H-2A employers", "44 B1
# work visas"
_ONE_TO_ANOTHER = re.compile(r"(?:to|after) (?:another|the next|the other)\b")
_OUTLINE_CODE = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?")  # "1.1", "3.2.1"
_ANAPHOR_AFTER = frozenset({"in", "at", "on", "were", "was", "had", "have", "are", "received", "remained",
                            "who", "whom", "still", "also", "later", "then", "each", "found", "rescued", "freed",
                            "held", "detained", "arrested", "face", "faces", "could", "would", "will", "must"})
# words for "street" that end a street's name in European languages ("Wallnerstrasse", "Damrak" not)
_STREET_ENDINGS = ("strasse", "straße", "gasse", "straat", "laan", "vej", "gatan", "gata", "ulica", "utca", "weg",
                   "platz", "plein")
_SIGNED_SHARE = re.compile(r"([+\-\u2212])(\d{1,3}(?:\.\d+)?)")  # "+25", "-6.6" before a per cent sign
# a table header's currency with a scale: "R$ million", "USD millions", "millions of euros", "US$ '000"
_SCALED_CURRENCY = re.compile(r"(?:in\s+)?(?:(?P<before>[^\s\d]{1,12})\s+(?P<scale>thousands?|millions?|billions?|'000|\u2019000|000s)"
                              r"|(?P<scale2>thousands|millions|billions)\s+of\s+(?P<after>\w+))", re.IGNORECASE)
_ONE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:able|ible|ed)")  # a header that says what became of a count: "Detainable"
_YEARS_OLD = re.compile(r"[ -]years?[ -]old\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"(?:%|per ?cent)[ \t]+of[ \t]", re.IGNORECASE)  # a share of whom a bracket names: "(% of respondents)"
_HEADER_BRACKET = re.compile(r"\s*\(([^()]{1,20})\)")  # a table header's bracket: "(years)", "(2019)"
# prepositions in a row's label that end the part a head is looked for in ("Victims of trafficking identified")
_LABEL_PREPOSITIONS = frozenset({"of", "in", "for", "to", "with", "by", "from", "on", "at", "per"})
# words for a ship before its name and number: "the longliner Hai Xing 27"
_VESSEL_WORDS = frozenset({"vessel", "ship", "boat", "trawler", "longliner", "seiner", "tanker", "freighter", "carrier",
                           "reefer", "dhow", "mv", "fv", "m/v", "f/v"})
# heads of a table's title that name no counted thing: "Key figures", "By the numbers"
_GENERIC_TITLE_HEADS = frozenset({"figures", "statistics", "numbers", "data", "facts", "highlights", "results",
                                  "indicators", "stats", "totals"})
_TABLE_NUMBER = re.compile(r"^[#* \t]*(?:Table|Figure|Chart|Exhibit)[ \t]+[\dA-Z]{1,3}(?:\.\d{1,2})?[.:]?[ \t]*[-\u2013\u2014:.]?[ \t]*",
                           re.IGNORECASE)  # a table's number before its title
_TITLE_YEARS = re.compile(r"\b(?:19|20)\d\d(?:[\u2013\-/](?:19|20)?\d\d)?\b")  # "2019–2021" in a table's title
# plural heads of a table's column that say what a figure is, not what it counts ("Targets", "Results")
_NOT_COUNTED_HEADS = frozenset({"targets", "results", "totals", "values", "outputs", "outcomes", "indicators", "figures",
                                "numbers", "changes", "achievements", "milestones", "estimates", "baselines"})
# the header of a column of places, whose rows' labels name no counted thing
_PLACE_HEADERS = frozenset({"region", "regions", "country", "countries", "province", "provinces", "district", "districts",
                            "state", "states", "city", "cities", "county", "counties", "municipality", "department",
                            "location", "locations", "area", "areas", "prefecture", "governorate", "place"})
_KIND_HEADERS = frozenset({"form of exploitation", "type of exploitation", "forms of exploitation", "types of exploitation",
                           "form", "type", "category", "offence", "offense", "type of offence", "type of offense", "sector"})
# the header of a column of rows that are kinds of one counted thing: "Type of contact", "Kinds of complaint"
_ROWS_OF_KINDS = re.compile(r"(?:types?|kinds?|categor(?:y|ies)) of ([a-z]+)", re.IGNORECASE)
_TOTAL_LABELS = frozenset({"total", "totals", "all", "other", "overall", "sum"})
# past tenses that read like adjectives before a noun: "the 17 concerned adults" may be "the 17 [referrals] concerned adults"
_VERBS_LIKE_ADJECTIVES = frozenset({"concerned", "involved"})
# words opening a band of a table's first column, not a name ending in a number: "Under 15 | 3 | 4"
_BAND_WORDS = frozenset({"under", "over", "above", "below", "aged", "age", "ages"})
# a table's first header naming its rows' labels: the counted thing is in the row, not the column
_ROW_LABEL_HEADERS = frozenset({"indicator", "indicators", "measure", "metric", "output", "outputs", "outcome", "result",
                                "results", "category", "item"})
_COMPARED_WORDS = frozenset({"than", "versus", "vs", "vs."})  # a year compared with is no quantity's date
_SUBJECT_VERB_AFTER = frozenset({"were", "was", "have", "had", "received", "remained", "returned", "got", "went",
                                 "said", "say", "says", "told", "reported", "described", "complained", "spoke",
                                 "came", "arrived", "fled", "escaped", "died", "travelled", "traveled", "chose", "left",
                                 "began", "took", "sought", "became"})
# a law's article or section number with its subdivision ("127.2", "369-A", "149a")
_REFERENCE_NUMBER = re.compile(r"(?P<base>\d{1,6})(?P<sub>(?:[.\-]\d+)?[A-Za-z]?)")
_SIBLING_REACH = 30  # tokens after a reference number within which a sibling of it is one too
_HYPHENS = frozenset({"-", "–"})
_SOURCE_MARKERS = frozenset({"told", "tell", "telling", "tells", "to", "by", "with", "from"})  # "told the Bangkok Post", "according to Reuters"
_AND_A_HALF = ("and", "a", "half")
# words before a duration that make it the time frame of a count ("the first 10 months")
_BREAKDOWN_OPENERS = frozenset({",", "(", ")", ";", ":"})  # between a count and the first part of its breakdown
_EARLIER = frozenset({"previous", "earlier", "prior", "past", "former"})  # before a plural noun, a modifier
_TIME_FRAME = frozenset({"first", "last", "past", "next", "previous", "coming", "recent", "final", "initial"})
# what may not stand before a fraction that is a share ("the first half of 2023" is a period)
_NOT_BEFORE_FRACTION = frozenset({"first", "second", "latter", "former", "other", "the", "this", "that", "each"})
# what a share may not be of: "half of the year", "a third of 2022"
_NOT_SHARED = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "century", "decade",
                         "period", "term", "season", "time", "way"})
_CLAUSE_END = frozenset({";", ":"})
_CLAUSE_END_IDS = frozenset(hash_string(t) for t in _CLAUSE_END)
_AUX = frozenset({"was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "also", "reportedly",
                  "subsequently", "later", "successfully", "all", "then", "not", "never", "allegedly", "eventually"})
# capitalised words that are ISO codes too: a currency only in running text ("seized ALL 6.3 million", not "ALL 6
# ARRESTED" in a shouted headline); the last four are never one
_SDG_TARGET = re.compile(r"1?\d(?:\.\w{1,2})?")  # a Sustainable Development Goal or target: "8", "16.2", "5.a"
_NOT_CODES = frozenset({"ALL", "CUP", "TOP", "MOP", "BOB", "AND", "THE", "FOR", "NOT"})
_WORD_CODES = frozenset({"ALL", "CUP", "TOP", "MOP", "BOB"})
_HAS_DIGIT = re.compile(r"\d")
# what a count broken down by kind of crime can count
_COUNTED_BY_CRIME = frozenset({"victims", "cases", "investigations", "prosecutions", "convictions", "offenders",
                               "suspects"})
# "a mother of two": children
_PARENTS = frozenset({"mother", "father", "parent", "parents", "mum", "mom", "dad", "grandmother", "grandfather"})
# a share of people as the subject of "were under N": "More than a third were under 10"
_SHARE_SUBJECTS = frozenset({"third", "thirds", "half", "quarter", "quarters", "fifth", "fifths", "most", "many", "all",
                             "majority", "some", "several", "others", "them", "whom"})
# what follows a person's age between commas when nothing else says it is one: "who", a speech verb
_AFTER_AGE_OF_SPEAKER = frozenset({"who", "said", "says", "told", "tells", "recalled", "recalls", "explained", "added",
                                   "described", "testified", "alleged", "claimed"})

# words that open a noun phrase before its head ("half of all the victims", "Of these victims,")
# participles that name a group of people after "those": "Nine of those arrested were charged"
# words that hedge the whole a part is taken of: "63 of the roughly 850 agencies", "nine of the estimated 40 victims"
# what may follow an age said with a copula: "were 17 when they travelled", "was 16 at the time"
_AFTER_AN_AGE = frozenset({"when", "at", ",", ".", ";", "and", "or", "but", "then", "by", "in"})
# nouns for a group of people that take a count as they stand: "five paid staff", "40 trained personnel"
_COLLECTIVE_PEOPLE = frozenset({"staff", "personnel", "crew"})
_HEDGES_IN_A_WHOLE = frozenset({"roughly", "about", "around", "approximately", "nearly", "almost", "some", "estimated",
                                "over", "planned", "targeted", "intended", "expected", "projected", "promised"})
_PSEUDONYM_NOTE = re.compile(r"\(\s*(?:not (?:his|her|their) real names?|(?:a )?pseudonym|names? (?:changed|has been changed))")
_VERSION = re.compile(r"\d{1,2}\.0")
_BRACKETED = re.compile(r"\([^()]*\)")
# a remark after a labelled value: "at any one time", "in 2022", "a year"
# (or places before a clause: " in Nepal and Malaysia, of which 86 were reported ...")
_REMARK_AFTER_VALUE = re.compile(r" (?:at|in|a|per|each|as of|since) (?:[^\n]{0,40}$|[A-Z][^\n,]{0,40},)")
# headers of a column numbering a table's rows
_ROW_NUMBER_HEADERS = frozenset({"no.", "no", "#", "nr.", "item", "ref", "ref.", "s/n", "sl.", "sl. no.", "s. no."})
_VISA_CLASS = re.compile(r"[A-Z]{1,2}-?\d[A-Z]?")  # a visa class before its noun: "the number of H-2A positions"
# a line opening a list of the parts of a count: "... handled 137 cases. Of these:"
_PART_INTRO = re.compile(r"(?:^|[.!?;][ \t]+)(?:[Oo]f|[Aa]mong)[ \t]+(?:these|them|those|which|the[ \t]+\w+)[ \t]*:$")
# past participles after "were" that only people undergo
_PEOPLE_PASSIVES = frozenset({"rescued", "arrested", "repatriated", "trafficked", "freed", "detained",
                              "deported", "interviewed", "recruited", "exploited", "abused", "sheltered", "housed",
                              "smuggled", "evacuated", "resettled", "reunited", "relocated", "threatened", "returned",
                              "taken", "treated", "examined", "counselled", "counseled", "screened"})
# words between two figures of one measure, the second an alternative: "18, sometimes 20 hours", "15 or even 16 hours"
_ALTERNATIVE_GAPS = ([",", "sometimes"], [",", "even"], ["or", "even"], [",", "or", "even"], [",", "occasionally"],
                     [",", "often"], [",", "at", "times"])
_GROUP_CATEGORIES = frozenset({"people", "victims", "offenders", "suspects"})  # what "N of them" may count
_DETERMINERS_OF_ONE = frozenset({"the", "this", "that", "which", "each", "every", "any", "another"})
_DETERMINERS_AFTER_A_VERB = frozenset({"the", "their", "his", "her", "its", "our"})
_MEASURES = ("money", "percent", "duration", "age")  # categories that measure, not count
# what only people do, after a bare count as its subject
_PEOPLE_ACTS = frozenset({"joined", "attended", "enrolled", "graduated", "testified", "voted"})
_GROUP_PARTICIPLES = frozenset({"arrested", "detained", "rescued", "identified", "convicted", "charged", "deported",
                                "repatriated", "interviewed", "surveyed", "intercepted", "held", "freed", "released",
                                "returned", "trafficked", "killed", "injured", "sentenced", "prosecuted", "screened",
                                "caught", "questioned", "evacuated", "relocated", "assisted"})
# what may follow such a participle when it names the counted people ("18 convicted during ...", "42 arrested
# in the raids"), not a noun it qualifies ("18 convicted traffickers")
_AFTER_GROUP_PARTICIPLE = frozenset({"during", "in", "on", "at", "by", "for", "last", "this", "and", "or", "since", "under",
                                     ",", ".", ";", ")"})
# what a rate is per: "per thousand", "per capita", "per 100,000"
_RATE_BASES = frozenset({"thousand", "hundred", "million", "capita", "head", "mille"})
_RATE_BASE = re.compile(r"1(?:0{2,3}|,000|0,000|00,000|,000,000)")
_VERBS_AFTER_SHARE = frozenset({"are", "were", "is", "was", "have", "had", "said", "say", "reported", "remain",
                                "remained", "came", "come"})  # "a third are still pending", "half were children"
_CLOCK_AFTER = frozenset({"o'clock", "o\u2019clock", "a.m.", "p.m.", "am", "pm"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "to", "across", "from", "into", "onto"})
_COMPARED_WITH = frozenset({"on", "from", "than", "with", "over"})  # "an increase on the 1,043 rescued ..."
_ROUGHLY = frozenset({"roughly", "about", "around", "nearly", "almost", "approximately", "some"})
# a sign glued to thousands or a scale word: "R86,000", "R1.2-million", "N50 million" (not "R2", a visa class)
_LARGE_AMOUNT = re.compile(r"^\S*\d{1,3},\d{3}|^\S*\d(?:\s*-\s*|\s+)(?:million|billion|bn|m)\b")
_PHONE_WORDS = frozenset({"call", "contact", "hotline", "helpline", "number", "line", "dial", "phone", "telephone",
                          "tel", "tel.", "ring", "reach"})  # (with a phone's shape only)
_TEXT_VERBS = frozenset({"text", "sms", "whatsapp"})  # a short code after "to": 'text "HELP" to 56338'
_TRAIN_NAMES = frozenset({"express", "mail", "superfast", "rajdhani", "shatabdi", "intercity"})  # "12948 Azimabad Express"
_CALL_VERBS = frozenset({"call", "dial", "phone", "ring", "text", "contact", "sms", "whatsapp", "calling", "dialling",
                         "dialing", "phoning"})
_PERSONAL_WORDS = frozenset({"he", "she", "i", "her", "his", "my", "him", "me"})  # "was 16 when her parents ..."
_YOUNG_PEOPLE = frozenset({"girls", "boys", "children", "teenagers", "youths"})  # "girls of 14 or 15": their ages
# words for one of a group of people already named ("the fourth, then 15,")
_ONE_OF_A_GROUP = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "other", "another", "eldest",
                             "youngest", "oldest", "elder", "younger", "older"})
_AGE_ADVERBS = frozenset({"just", "only", "barely", "now", "still", "then", "both"})  # "who is just 13", "was then 15",
# "The other two women, both 22,"
# capitalised words before "was N when" that are no one's name: "It was 11 when the raid began"
_NOT_AGE_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what", "total", "number", "count", "figure"})
_DIGIT_WORDS = {w: str(d) for w, d in num.UNITS.items() if d < 10} | {"oh": "0"}  # "one point five"
# a share in percent keeps six decimals: "one in three" is 33.333333, not a rounded 33.33
_SHARE_DIGITS = 6
_DETERMINERS = frozenset({"the", "all", "its", "their", "these", "those", "this", "that", "his", "her", "our"})
_POSSESSIVE_DETS = frozenset({"the", "these", "those", "their", "its", "his", "her", "our", "my", "your", "them", "whom",
                              "which", "us"})
# words after a count that name nothing counted unless a noun follows: "120 more", "10,000 available if ..." (but "40
# available beds")
_NO_NOUN_ALONE = frozenset({"more", "fewer", "less", "other", "higher", "lower", "available", "eligible", "liable"})
# the people a body has, counted after "of": "a staff of 25", "a workforce of 300"
_STAFF_WORDS = frozenset({"staff", "workforce", "crew", "team", "membership", "capacity"})
# the verbs of an aside naming who says it, whose subject is no antecedent: "In reality, prosecutors said, at least nine
# were taken to Dublin"
_ATTRIBUTION_VERBS = frozenset({"said", "say", "says", "told", "added", "noted", "alleged", "claimed", "stated", "argued"})
# "12 of them", "hundreds of whom": the counted thing is named elsewhere
_PARTITIVE_PRONOUNS = frozenset({"them", "whom", "which", "us"})
# who each participle may be said of: a count before of some other group does not pass its noun on ("120
# suspects ...; 48 were convicted": the convicted are no longer suspects)
_FITS_PARTICIPLE = {"convicted": ("offenders", "convictions", "people"), "sentenced": ("offenders", "convictions", "people"),
                    "acquitted": ("suspects", "offenders", "people")}
_SEXES = frozenset({"female", "male", "females", "males"})  # "29 were female": a group's women, counted
# participles that stand before a noun far more often than they are a verb after a number
_ATTRIBUTIVE_PARTICIPLES = frozenset({"alleged", "suspected", "reported", "confirmed", "attempted", "documented",
                                      "undocumented", "unregistered", "specialized", "specialised"})
# "N were identified as victims", "N work as domestic workers": the noun after "as" is what N counts
_CLASSED_AS = frozenset({"identified", "confirmed", "recognized", "recognised", "certified", "classified",
                         "registered", "screened"})
_WORK_AS = frozenset({"work", "worked", "working", "serve", "served", "serving", "employed"})
# words that may follow "N were <people>": "thirteen are adults aged 18 to 25", "five were women who ..."
_PARTICIPLE_PREPOSITIONS = frozenset({"to", "in", "into", "for", "by", "as", "at", "on", "from", "abroad", "overseas"})
_AFTER_COUNTED_PEOPLE = frozenset({"and", "or", "of", "aged", "who", "from", "between", "in", "with"})
# words after a number that make it one to dial: "911 emergency line"
_VOTE_WORDS = frozenset({"voted", "vote", "votes", "passed", "approved", "rejected", "adopted", "backed", "defeated",
                         "ratified", "endorsed"})  # before a tally: "voted 43-2"
_LINE_WORDS = frozenset({"line", "hotline", "helpline"})
# verbs of a relative clause telling how a count changed, and the words between them and its figures
_CHANGED_VERBS = frozenset({"rose", "fell", "grew", "increased", "decreased", "dropped", "declined", "climbed", "jumped"})
_CHANGE_GAP_WORDS = frozenset({"from", "to", "in", "last", "this", "year", "the", "previous", "a", "of"})
# capitalised ranks graded by a number written after them, before the holder's name
_GRADED_RANKS = frozenset({"officer", "constable", "specialist", "seaman", "airman", "agent", "inspector"})
# words right before a number that make it one to dial, not a count
_NUMBER_NAMES = frozenset({"line", "hotline", "helpline", "dial", "dialling", "dialing", "call", "sms", "text",
                           "texting"})
# what may follow a vague plural that is the subject of its clause ("Hundreds more", "Thousands will")
_VAGUE_SUBJECT_NEXT = frozenset({"more", "others", "will", "would", "could", "may", "might", "remain", "remained",
                                 "still", "died", "fled"})


@dataclass
class _Number:
    start: int  # first token of the number expression (currency symbol included)
    end: int  # token after it (percent/currency word included)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    currency: str | None = None
    unit: str | None = None  # "%", "Libyan dinars", "$" ...
    category: str | None = None
    word_number: bool = False
    rule: str = "number"
    first_word: str = ""


@dataclass
class _Found:
    number: _Number
    start: int
    end: int
    qualifier: str = "exact"
    qual_rule: str | None = None
    unit: str | None = None
    unit_head: str | None = None
    category: str = "other"
    currency: str | None = None
    change: str | None = None
    inherited: bool = False


class QuantityFinder:
    """Finds quantities in a Doc; built once by the factory."""

    def __init__(self, nlp: Language, rows: list[dict], units: UnitLexicon, currencies: CurrencyTables,
                 events: EventLexicon, source: str = "patterns/quantities.jsonl") -> None:
        self.units = units
        self.time_unit_words = frozenset(units.time_units)  # "year", "years", "month", ...
        self.currencies = currencies
        self.events = events
        # Patterns that are plain word sequences go to a PhraseMatcher (fast whatever their number);
        # the others (numbers, regexes, operators) to a Matcher.
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.info: dict[str, dict] = {}
        # The token patterns again, in Matchers grouped by what their first token must be, so that
        # each group runs only from the tokens that can start one of its matches (see _window_matches).
        self.groups: list[_MatcherGroup] = []
        self._order: dict[int, int] = {}  # pattern key -> line order (the order matches come in)
        for n, row in enumerate(rows, 1):
            key = row["id"]
            if key in self.info:
                raise RuleFileError(source, f"rule {n}: duplicate id {key!r}")
            self.info[key] = row
            words = _word_sequences(row["pattern"])
            try:
                if words is not None:
                    self.phrases.add(key, [Doc(nlp.vocab, words=w) for w in words])
                else:
                    self.matcher.add(key, [row["pattern"]])
                    self._add_to_group(nlp, key, row["pattern"])
            except (ValueError, KeyError, TypeError) as exc:
                raise RuleFileError(source, f"rule {key!r}: bad pattern: {exc}") from None
        self.currency_words = frozenset(currencies.nouns)
        # one-word change verbs ("rose", "doubled"), for the parsed subject of a change (with --model)
        self.change_verb_words = frozenset(
            seq[0] for row in rows if row.get("label") == "change_verb"
            for seq in (_word_sequences(row["pattern"]) or []) if len(seq) == 1)
        self.starters = num.NUMBER_WORDS | frozenset(num.VAGUE) | {"a", "an", "several", "half"}
        self._forms_cache: dict[int, tuple[str, str, int]] = {}  # ORTH hash -> (text, lower-case text, flags)
        self._mask_cache: dict[int, tuple[int, int]] = {}  # ORTH hash -> _token_masks

    def _add_to_group(self, nlp: Language, key: str, pattern: list[dict]) -> None:
        attr, ids = _first_token_trigger(pattern, nlp.vocab.strings)
        unbounded = any(spec.get("OP") in ("+", "*") for spec in pattern)
        length = _UNBOUNDED if unbounded else len(pattern)
        group = next((g for g in self.groups if g.attr == attr and g.ids == ids), None)
        if group is None:
            group = _MatcherGroup(Matcher(nlp.vocab), attr, ids, 0, [])
            self.groups.append(group)
        second = _second_token_test(pattern, nlp.vocab.strings)
        group.seconds = None if second is None or group.seconds is None else [*group.seconds, second]
        group.matcher.add(key, [pattern])
        group.length = max(group.length, length)
        self._order[nlp.vocab.strings.add(key)] = len(self._order)

    def _window_matches(self, doc: Doc, windows: list[tuple[int, int]], orths: list[int],
                        lower: list[int] | None = None,
                        like_num: list[int] | None = None) -> list[tuple[int, int, int]]:
        """Every match of the token patterns inside the windows (as `self.matcher` on each window gives,
        in its order: by end, start, pattern line). A group's Matcher runs on [p, p + its longest
        match) from each token p its first token accepts, cut at the window's end: each match lies in
        one such stretch, and all that lie in one are inside the window."""
        if lower is None or like_num is None:
            lower, like_num = doc.to_array([LOWER, LIKE_NUM]).T.tolist()
        order = self._order
        strings = doc.vocab.strings
        masks = self._mask_cache
        out: list[tuple[int, int, int]] = []
        for lo, hi in windows:
            # per token, bit masks over the groups: the first-token and second-token tests it passes
            tm = []
            seen = 0
            for p in range(lo, hi):
                m = masks.get(orths[p])
                if m is None:
                    m = self._token_masks(orths[p], lower[p], like_num[p], strings)
                    if len(masks) < 500_000:
                        masks[orths[p]] = m
                tm.append(m)
                seen |= m[0]
            found: list[tuple[int, int, int]] = []
            for g, group in enumerate(self.groups):
                bit = 1 << g
                if not seen & bit:
                    continue
                if group.attr is None:
                    parts = [(lo, hi)]
                else:
                    starts = [lo + q for q, m in enumerate(tm) if m[0] & bit]
                    if group.seconds:
                        starts = [p for p in starts if p + 1 < hi and tm[p + 1 - lo][1] & bit]
                    parts = []
                    for p in starts:
                        end = min(p + group.length, hi)
                        if parts and p <= parts[-1][1]:
                            parts[-1] = (parts[-1][0], max(parts[-1][1], end))
                        else:
                            parts.append((p, end))
                for a, b in parts:
                    found.extend((mid, st + a, en + a) for mid, st, en in group.matcher(doc[a:b]))
            if len(found) > 1:
                found.sort(key=lambda m: (m[2], m[1], order.get(m[0], 0)))
            out.extend(found)
        return out

    def _token_masks(self, orth: int, low: int, like_num: int, strings) -> tuple[int, int]:
        """(groups whose first-token test a word passes, groups one of whose second-token tests it
        passes) as bit masks; a word's LOWER and LIKE_NUM come with its ORTH, so this is per word."""
        first = second = 0
        for g, group in enumerate(self.groups):
            bit = 1 << g
            attr = group.attr
            if attr is None or (attr == "LIKE_NUM" and like_num) or (attr == "LOWER" and low in group.ids) \
                    or (attr == "ORTH" and orth in group.ids):
                first |= bit
            for test, ids, regex in group.seconds or ():
                if (test == "LOWER" and low in ids) or (test == "ORTH" and orth in ids) \
                        or (test == "LIKE_NUM" and like_num) \
                        or (test == "TEXT" and regex.search(strings[orth])):
                    second |= bit
                    break
        return first, second

    # ------------------------------------------------------------ the walk
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            doc.spans[KEY] = []
            return doc
        ctx = _Context(doc, self)
        found: list[_Found] = []
        resume = 0
        for i in ctx.candidates:
            if i < resume or ctx.skip[i]:
                continue
            number = self._read_number(ctx, i)
            if number is None:
                continue
            item = self._complete(ctx, number, found)
            if item is not None:
                if item.unit in _SEXES and item.end >= 2 and ctx.low(item.end - 2) in ("were", "are"):
                    self._sex_of_group(ctx, item, found)  # "29 were female" (not "84 females")
                elif item.unit is not None and item.unit.lower() == "others" and not item.inherited:
                    # "revoked the licences of 26 companies and suspended 11 others": 11 more companies
                    group = self._others_of(ctx, item, found)
                    if group is not None:
                        _take_unit(item, group)
                        item.unit = f"other {group.unit}"  # ("11 other companies")
                found.append(item)
            resume = max(number.end, i + 1)
        self._share_heads(ctx, found)
        self._share_measure(ctx, found)
        self._share_measure_back(ctx, found)
        self._parallel_ages(ctx, found)
        self._same_count_again(ctx, found)
        self._sample_counted_before(ctx, found)
        self._people_to_a_place(ctx, found)
        self._vote_tallies(ctx, found)
        self._respectively(ctx, found)
        self._more_of_places(ctx, found)
        self._parts_before_a_total(ctx, found)
        self._parts_of_an_earlier_count(ctx, found)
        if ctx.tables:
            self._scaled_cells(ctx, found)
        spans = []
        # (a span's `_.ctip` is stored by its characters: a quantity on exactly a date's words would overwrite the
        # date's fields, and those words are the date's)
        dated = {(d.start, d.end) for d in doc.spans[SPAN_KEYS["date"]]} if SPAN_KEYS["date"] in doc.spans else set()
        for item in found:
            if (item.start, item.end) in dated:
                continue
            span = Span(doc, item.start, item.end, label="quantity")
            span._.ctip = self._fields(ctx, item)
            spans.append(span)
        doc.spans[KEY] = spans
        return doc

    def forms(self, orths: list[int], strings) -> list[tuple[str, str, int]]:
        """(text, lower-case text, _word_flags) of every token, from ORTH hashes with a per-word cache,
        so no Token objects are made."""
        cache = self._forms_cache
        out = [cache.get(h) for h in orths]
        for k, f in enumerate(out):
            if f is None:
                h = orths[k]
                f = cache.get(h)  # met earlier in this document
                if f is not None:
                    out[k] = f
                    continue
                t = strings[h]
                f = out[k] = (t, t.lower(), _word_flags(t, self.starters))
                if len(cache) < 500_000:
                    cache[h] = f
        return out

    def candidates(self, orths: list[int], strings) -> list[int]:
        """Token positions where a number may start: digits, number words, currency signs or codes
        before digits."""
        return _candidates([f[2] for f in self.forms(orths, strings)])

    # ------------------------------------------------------------ reading one number
    def _currency(self, ctx: _Context, symbol: str, i: int) -> str | None:
        """The currency a sign at token i names; the document's country is looked for only for the signs
        that need one ("N", "Rs")."""
        needs_country = symbol in self.currencies.letter_symbols or symbol.lower() in ("rs", "rs.")
        country = ctx.money_country(i) if needs_country else ctx.country(i)
        code = currency_for_symbol(symbol, self.currencies, country=country)
        if code is None and symbol in self.currencies.letter_symbols:
            candidates = self.currencies.letter_symbols[symbol]
            other = ctx.sign_country(i, candidates)
            if other is None and len(candidates) == 1 and not ctx.names_any_country() and _LARGE_AMOUNT.search(
                    " ".join(ctx.texts[i:i + 3])):
                # the only country the sign names, in a story that names none ("Johannesburg", "the Hawks"),
                # for an amount no code or label is written like: "R86,000", "R1.2-million"
                other = next(iter(candidates))
            code = currency_for_symbol(symbol, self.currencies, country=other) if other else None
        return code

    def _read_number(self, ctx: _Context, i: int) -> _Number | None:
        if i in ctx.ratios:
            return self._read_ratio(ctx, i, ctx.ratios[i])
        doc = ctx.doc
        n = len(doc)
        text = ctx.text(i)
        low = ctx.low(i)
        currency = None
        symbol = None
        start = i
        if (signed := _SIGNED_SHARE.fullmatch(text)) and i + 1 < n and ctx.low(i + 1) in ("%", "percent", "per") \
                and (i == 0 or ctx.space[i - 1] or not ctx.alpha[i - 1]):
            # a change written with its sign: "+25%", "-6.6%" (a table's column of changes)
            value = num.parse_digits(signed.group(2), european=False)
            out = _Number(i, i + 1, value=-value if signed.group(1) in "-\u2212" else value, rule="digits_signed",
                          first_word=text) if value is not None else None
            return self._read_unit_word(ctx, out) if out is not None else None
        # a currency symbol or code before the number ("$", "US$", "USD 5,000", "Rs. 500")
        if not text[0].isdigit() and low not in self.starters and not (low[-1] == "-" and low[:-1] in self.starters):
            nxt = ctx.text(i + 1) if i + 1 < n else ""
            if nxt and _SUFFIXED_TOKEN.fullmatch(nxt):  # "£300k"
                code = self._currency(ctx, text, i)
                value = num.parse_digits(nxt)
                if code is None or value is None:
                    return None
                out = _Number(i, i + 2, value=value, currency=code, unit=text, category="money", rule="money_symbol_scaled")
                return self._read_range(ctx, out)  # "between $18bn and $24bn"
            if text == "$" and not ctx.space[i] and (coded := _DOLLAR_CODE.fullmatch(nxt)) \
                    and (code := self._currency(ctx, "$" + coded.group(1), i)):
                # the dollar sign, then the country's letters: "$US350", "$FJ86,400", "$A1.2 million"
                value = num.parse_digits(coded.group(2), european=False)
                if value is None:
                    return None
                out = _Number(i, i + 2, value=value, currency=code, unit="$" + coded.group(1), category="money",
                              rule="money_symbol")
                self._read_scale(ctx, out)
                return self._read_range(ctx, out)
            if nxt and (_DIGITS.fullmatch(nxt) or _RANGE_TOKEN.fullmatch(nxt)) and not _HAS_DIGIT.search(text):
                code = self._currency(ctx, text, i) if text not in _NOT_CODES or _code_in_running_text(ctx, i) else None
                if code is None:
                    return None
                currency, symbol = code, text
                i += 1
                text = ctx.text(i)
                low = ctx.low(i)
            else:
                m = _SYMBOL_NUMBER.fullmatch(text)
                code = self._currency(ctx, m.group(1), i) if m else None
                if not code:
                    return None
                digits, end = m.group(2), i + 1
                if not m.group(3) and _GROUP_HEAD.fullmatch(digits):  # "ZiG2 500": thousands after a space
                    while end < len(ctx.texts) and _THREE_DIGITS.fullmatch(ctx.text(end)) and ctx.space[end - 1]:
                        digits += ctx.text(end)
                        end += 1
                value = num.parse_digits(digits, european=False)
                if value is None:
                    return None
                if m.group(3):  # "RM54.6mil"
                    value = round(value * num.SCALES[m.group(3).lower()], 4)
                out = _Number(i, end, value=value, currency=code, unit=m.group(1), category="money", rule="money_symbol")
                self._read_scale(ctx, out)
                read = self._read_range(ctx, out)
                if read is not None and read.unit in self.currencies.letter_symbols and read.currency:
                    read.unit = read.currency  # "N48.6 million": the code says which currency the letter is
                return read
        if _RANGE_TOKEN.fullmatch(text):
            bounds = num.parse_range(text)
            if bounds is None or ctx.skip[i]:
                return None
            lo, hi = bounds
            if num.is_calendar_year(str(int(lo))) and num.is_calendar_year(str(int(hi))) and "," not in text:
                return None  # "2003-2017"
            out = _Number(start, i + 1, low=lo, high=hi, rule="range_token", first_word=text)
            if currency or "$" in text:
                out.currency = currency or "USD"
                out.unit = symbol or "$"
                out.category = "money"
            if text.endswith("%"):
                out.unit, out.category = "%", "percent"
            return self._read_unit_word(ctx, out)
        if _DIGITS.fullmatch(text):
            if ctx.skip[i]:
                return None
            out = self._read_digits(ctx, start, i)
        elif currency is None and _PC_TOKEN.fullmatch(text):  # "88pc", "12.5pc": per cent, as Dawn writes it
            value = num.parse_digits(text[:-2], european=False)
            if value is None:
                return None
            out = _Number(i, i + 1, value=value, unit="pc", category="percent", rule="digits_pc")
        elif currency is None and text[-1] == "-" and (text[:-1].isdigit() and len(text) <= 4
                                                       or low[:-1] in num.NUMBER_WORDS) and i + 2 < n \
                and ctx.low(i + 1) in ("to", "and", "or") and ctx.likenum[i + 2]:
            # "15- to 17-year-old girls", "five- to eight-year terms"
            value = float(text[:-1]) if text[0].isdigit() else num.parse_words([low[:-1]])
            if value is None:
                return None
            out = _Number(i, i + 1, value=value, rule="digits_hanging")
        elif currency is None and text[0].isdigit() and _SUFFIXED_TOKEN.fullmatch(text) \
                and self._counted_after_scale(ctx, i + 1):
            value = num.parse_digits(text)  # "20k workers", "1.5bn dollars": the scale inside the token
            if value is None:
                return None
            out = _Number(i, i + 1, value=value, rule="digits_scaled")
        elif low in num.NUMBER_WORDS or (low in ("a", "an") and i + 1 < n and ctx.low(i + 1) in num.WORD_SCALES | {"dozen"}
                                         and not num.vague_multiple(ctx.lows[i:i + 3])):
            if currency is not None or ctx.skip[i] or (text[:1].isupper() and self._names_a_street(ctx, i)):
                return None  # (a capitalised number word may name a street: "on Two Notch Road")
            if low == "one" and self._pronoun_one(ctx, i):
                return None
            out = self._read_words(ctx, i)
            if out is not None and low in ("a", "an") and i > 0 and ctx.low(i - 1) == "half" and not out.unit:
                # "half a million", "half a dozen"
                out.start, out.value, out.rule = i - 1, (out.value or 0) / 2, out.rule + "_half"
        elif low in ("a", "an") and i + 1 < n and ctx.low(i + 1) in num.FRACTIONS:
            if currency is not None or ctx.skip[i]:
                return None
            # "a half million", "a half-million people"; "a third of the cases"
            k = i + 3 if i + 3 < n and ctx.low(i + 2) in _HYPHENS and not ctx.space[i + 1] else i + 2
            if ctx.low(i + 1) == "half" and k < n and ctx.low(k) in num.WORD_SCALES:
                out = _Number(i, k + 1, value=num.SCALES[ctx.low(k)] / 2, word_number=True, rule="words_half",
                              first_word=low)
            else:
                out = self._read_fraction(ctx, i, 1.0, i + 1)
        elif low == "half":
            out = self._read_fraction(ctx, i, 1.0, i) if currency is None else None
        elif low in num.VAGUE and i + 1 < n and (ctx.low(i + 1) == "of" or self._stands_alone(ctx, i)):
            out = self._read_vague(ctx, i)
        elif low in num.VAGUE_MULTIPLE_LEADS and (multiple := num.vague_multiple(ctx.lows[i:i + 3])) is not None:
            if currency is not None or ctx.skip[i]:
                return None
            lo, hi, length = multiple
            out = _Number(i, i + length, value=lo, low=lo, high=hi, vague=True, rule="vague", first_word=low)
        else:
            return None
        if out is None:
            return None
        if currency is None and i >= 2 and ctx.text(i - 1) == "." and not ctx.space[i - 2]:
            code = self._currency(ctx, ctx.text(i - 2) + ".", i)
            if code:  # "Rs. 20,000" split as "Rs" "." "20,000"
                currency, symbol, start = code, ctx.span_text(i - 2, i), i - 2
        if currency is not None:
            # (a letter sign gives way to the code it stands for: "Le 120,000" is SLL, as "N48.6 million" is NGN)
            unit = currency if symbol in self.currencies.letter_symbols else symbol
            out.start, out.currency, out.unit, out.category, out.rule = start, currency, unit, "money", "money_symbol"
        if out.word_number and out.end + 1 < n and (ctx.low(out.end) in _CLOCK_AFTER or (
                ctx.low(out.end) == "in" and ctx.low(out.end + 1) == "the" and out.end + 2 < n
                and ctx.low(out.end + 2) in _PARTS_OF_DAY)):
            return None  # a clock time: "from five in the morning", "at seven o'clock"
        self._read_half(ctx, out)
        self._read_scale(ctx, out)
        out = self._read_range(ctx, out)
        if out is None:
            return None
        return self._read_unit_word(ctx, out)

    def _pronoun_one(self, ctx: _Context, i: int) -> bool:
        """Whether "one" at token i stands for a thing named before, a pronoun after a determiner and an adjective
        maybe, with a verb or a stop after it: "before the current one expires", "this one."."""
        k = i - 1 if i > 0 and ctx.alpha[i - 1] and ctx.lows[i - 1] not in _DETERMINERS_OF_ONE \
            and ctx.lows[i - 1].islower() and not ctx.likenum[i - 1] else i
        if k < 1 or ctx.lows[k - 1] not in _DETERMINERS_OF_ONE:
            return False
        if i + 1 >= len(ctx.lows) or not ctx.alpha[i + 1]:
            return True
        after = ctx.lows[i + 1]
        return after not in self.units.head_category and singular(after, self.units) not in self.units.head_category \
            and (after.endswith("s") or after in self.units.stop_words)  # ("expires", "was", "is")

    @staticmethod
    def _two_people_before(ctx: _Context, start: int) -> bool:
        """Whether two people are counted right before "aged" at `start` - 1: "Two of the girls, aged",
        "both sisters, aged", "the two boys (aged"."""
        if start < 2 or ctx.low(start - 1) != "aged":
            return False
        lo = max(ctx.sent_start(start), start - 8)
        return any(ctx.low(t) in ("two", "2", "both") for t in range(lo, start - 1))

    def _read_half(self, ctx: _Context, out: _Number) -> None:
        """'seven and a half', 'seven-and-a-half', 'three and one-half': add one half."""
        if out.value is None or out.vague:
            return
        lows = ctx.lows
        matched = 0
        k = out.end
        limit = min(len(lows), out.end + 6)
        while k < limit and matched < 3:
            low = lows[k]
            k += 1
            if low in _HYPHENS:
                continue
            if low != _AND_A_HALF[matched] and not (matched == 1 and low == "one"):
                return
            matched += 1
        if matched == 3:
            out.value += 0.5
            out.end = k
            out.rule += "_half"

    def _read_digits(self, ctx: _Context, start: int, i: int) -> _Number | None:
        doc = ctx.doc
        n = len(doc)
        text = ctx.text(i)
        end = i + 1
        if i > 0 and ctx.space[i - 1] and (
            _DIGITS.fullmatch(ctx.text(i - 1)) or (ctx.text(i - 1)[:1] == "+" and _HAS_DIGIT.search(ctx.text(i - 1)))
        ):
            return None  # the tail of a run of bare numbers: "+855 23 123 456"
        counts = end < len(ctx.lows) and self._counts_a_noun(ctx, end)  # "to call 15 witnesses": a count
        if i > 0 and ctx.low(i - 1) in _NUMBER_NAMES and "," not in text and not counts:
            return None  # a number to call, in whatever groups: "the toll-free line 116 006", "hotline 1323"
        if i > 0 and not counts and ((ctx.low(i - 1) in _CALL_VERBS and ctx.low(i - 1) != "contact") or (
                ctx.low(i - 1) in ("on", "at") and any(ctx.low(t) in _CALL_VERBS for t in range(max(0, i - 20), i - 1)))
                or (ctx.low(i - 1) == "to" and 4 <= len(text) <= 6 and text.isdigit()
                    and any(ctx.low(t) in _TEXT_VERBS for t in range(max(0, i - 5), i - 1))
                    and not any(ctx.likenum[t] for t in range(max(0, i - 5), i - 1)))):
            return None  # a number to call: "contact the AFP on 131 237", "call 1800 123 456", 'text "HELP" to 56338'
        # "75, 000" and "75 000": thousands groups split by the tokenizer
        if _GROUP_HEAD.fullmatch(text):
            j = end
            groups = [text]
            while True:
                if j + 1 < n and ctx.text(j) == "," and _THREE_DIGITS.fullmatch(ctx.text(j + 1)) \
                        and ctx.space[j]:
                    nxt = j + 2
                elif j < n and _THREE_DIGITS.fullmatch(ctx.text(j)) and ctx.space[j - 1]:
                    nxt = j + 1
                else:
                    break
                # not a list of numbers ("418, 419, and 420"; but "between 5 000 and 8 000" is a range)
                if nxt < n and ctx.text(nxt) in (",", "and", "or") and nxt + 1 < n and _DIGITS.fullmatch(ctx.text(nxt + 1)) \
                        and not (ctx.text(j) != "," and ctx.text(j) == "000"):
                    break
                if ctx.text(j) == "," and ctx.text(j + 1) != "000" and nxt < n and not ctx.alpha[nxt]:
                    break
                groups.append(ctx.text(j + 1) if ctx.text(j) == "," else ctx.text(j))
                j = nxt
            if len(groups) > 1:
                if (j < n and _DIGITS.fullmatch(ctx.text(j)) and ctx.space[j - 1]) \
                        or _PHONE_LABEL.search(ctx.doc_text, max(0, ctx.idx[i] - 40), ctx.idx[i]):
                    return None  # a number to call: "Telephone: (+221) 33 859 96 50"
                value = num.parse_digits("".join(groups))
                return _Number(start, j, value=value, rule="digits_grouped", first_word=text) if value is not None else None
        if num.is_calendar_year(text):
            if not self._year_is_count(ctx, i):
                return None
        value = num.parse_digits(text)
        if value is None:
            return None
        if self._is_identifier(ctx, i):
            return None
        return _Number(start, end, value=value, rule="digits", first_word=text)

    def _read_words(self, ctx: _Context, i: int) -> _Number | None:
        doc = ctx.doc
        n = len(doc)
        text = ctx.text(i)
        if text[:1].isupper() and not text.isupper() and i > 0 and not doc[i].is_sent_start:
            prev = ctx.text(i - 1)
            if prev[:1].isupper() and prev.isalpha():
                return None  # part of a name: "Isange One-Stop Centers", "Formula One"
            nxt = ctx.text(i + 1) if i + 1 < n else ""
            if nxt[:1].isupper() and nxt[1:].islower() and ctx.low(i - 1) in ("of", "in", "from", "at", "near"):
                return None  # a place: "of Four Oaks", "near Three Rivers"
        words = [ctx.low(i)]
        j = i + 1
        while j < n:
            low = ctx.low(j)
            if low in num.NUMBER_WORDS:
                if words[-1] not in num.WORD_SCALES and words[-1] not in ("-", "and") and low not in num.WORD_SCALES | {"dozen"}:
                    if not (words[-1] in num.TENS and low in num.UNITS):
                        break
                words.append(low)
                j += 1
            elif low in _DASHES and not ctx.space[j - 1] and j + 1 < n and (
                    (ctx.low(j + 1) in num.UNITS and words[-1] in num.TENS)
                    or (ctx.low(j + 1) in ("hundred", "thousand") and words[-1] in num.UNITS)):
                words.append("-")  # "twenty-seven", "two-hundred and twenty seven"
                j += 1
            elif low == "and" and words[-1] in ("hundred", "thousand", "million", "billion") and j + 1 < n \
                    and ctx.low(j + 1) in num.NUMBER_WORDS and ctx.low(j + 1) not in num.WORD_SCALES \
                    and not self._scale_again(ctx, j + 2, words[-1]):
                words.append("and")
                j += 1
            else:
                break
        value = num.parse_words(words)
        if value is None or (j < n and ctx.low(j) in ("hundredth", "thousandth", "millionth")):
            return None  # (an ordinal: "the three hundredth day")
        if j + 1 < n and ctx.low(j) == "point" and ctx.low(j + 1) in _DIGIT_WORDS and value < 1000:
            # spoken decimals: "one point five million cedis", "two point three percent"
            digits = ""
            j += 1
            while j < n and ctx.low(j) in _DIGIT_WORDS:
                digits += _DIGIT_WORDS[ctx.low(j)]
                j += 1
            value += float("0." + digits)
        k = j + 1 if j < n and ctx.text(j) in _HYPHENS else j
        if k < n and ctx.low(k) in num.FRACTIONS and not (k == j and k + 1 < n and ctx.text(k + 1) in _HYPHENS
                                                          and not ctx.space[k]):
            # (a compound the fraction opens is what is counted: "two half-day briefings")
            share = self._read_fraction(ctx, i, value, k)  # "two-thirds", "one quarter": a share, not a count
            if share is not None or ctx.low(k) != "quarters" or k != j or (k + 1 < n and ctx.low(k + 1) == "of"):
                return share  # (but "for at least two quarters" counts quarters of a year)
        return _Number(i, j, value=value, word_number=True, rule="words", first_word=words[0])

    @staticmethod
    def _scale_again(ctx: _Context, k: int, scale: str) -> bool:
        """Whether token k is a scale at least as large as `scale` (for "hundred": "hundred" again): "one million and
        three million" and "five hundred and eight hundred" are two amounts, "one hundred and five
        thousand" one."""
        if k >= len(ctx.lows) or ctx.lows[k] not in num.WORD_SCALES:
            return False
        return ctx.lows[k] == "hundred" if scale == "hundred" else num.SCALES[ctx.lows[k]] >= num.SCALES[scale]

    @staticmethod
    def _read_ratio(ctx: _Context, start: int, end: int) -> _Number | None:
        """"one in five victims", "2 in 10", "one in a hundred": a share, in percent (20, 20, 1)."""
        part, whole = num.parse_number(ctx.text(start)), num.parse_number(ctx.text(end - 1)) or num.SCALES.get(ctx.low(end - 1))
        if part is None or not whole or part >= whole:
            return None
        return _Number(start, end, value=round(100 * part / whole, _SHARE_DIGITS), unit="percent", category="percent",
                       rule="ratio", first_word=ctx.low(start))

    def _read_fraction(self, ctx: _Context, start: int, numerator: float, k: int) -> _Number | None:
        """A share of something, in percent: "half of the victims" (50), "two-thirds of cases" (66.666667),
        "a quarter of them", "nearly a third are still pending"; token k is the fraction word. Only
        before "of" (not of a stretch of time or a year: "the first half of 2023" is a period, "half of
        the year" a duration) or a verb."""
        lows = ctx.lows
        n = len(lows)
        if k + 3 < n and lows[k + 1] == "of" and lows[k + 2] in ("a", "one") and lows[k + 3] in num.WORD_SCALES:
            # a share of a round number is a number: "a quarter of a million dollars" (250,000)
            return _Number(start, k + 4, value=numerator / num.FRACTIONS[lows[k]] * num.SCALES[lows[k + 3]],
                           word_number=True, rule="words_fraction_of_scale", first_word=lows[start])
        value = round(100 * numerator / num.FRACTIONS[lows[k]], _SHARE_DIGITS)
        if k + 1 >= n or value > 100 or (start > 0 and lows[start - 1] in _NOT_BEFORE_FRACTION):
            return None
        # the share as a subject, of a whole named before: "nearly a third are still pending"; else "of"
        if not (lows[k + 1] in _VERBS_AFTER_SHARE and lows[k] not in ("quarters", "halves")):
            if lows[k + 1] != "of":
                return None
            m = k + 2
            while m < n and lows[m] in _DETERMINERS:
                m += 1
            if m >= n or lows[m] in _NOT_SHARED or num.is_calendar_year(ctx.text(m)):
                return None
        return _Number(start, k + 1, value=value, unit="percent", category="percent", rule="fraction",
                       first_word=lows[start])

    def _read_vague(self, ctx: _Context, i: int) -> _Number | None:
        doc = ctx.doc
        bounds = num.vague_bounds(ctx.low(i))
        if bounds is None:
            return None
        lo, hi = bounds
        j = i + 1  # "of"
        if j < len(doc) and ctx.low(j) != "of":  # standing alone: "Thousands were displaced"
            return _Number(i, j, value=lo, low=lo, high=hi, vague=True, rule="vague_alone", first_word=ctx.low(i))
        if j + 1 < len(doc) and ctx.low(j + 1) in num.VAGUE:  # "hundreds of thousands (of people)"
            factor = num.VAGUE[ctx.low(j + 1)][0]
            lo, hi = lo * factor, hi * factor
            j += 2
        elif j + 1 < len(doc) and ctx.low(j + 1) in _PARTITIVE_PRONOUNS:  # "hundreds of them": no noun to read
            return _Number(i, j + 2, value=lo, low=lo, high=hi, vague=True, rule="vague_alone", first_word=ctx.low(i))
        # value = lower bound, so "thousands" is also comparable as one number
        return _Number(i, j, value=lo, low=lo, high=hi, vague=True, rule="vague", first_word=ctx.low(i))

    def _stands_alone(self, ctx: _Context, i: int) -> bool:
        """A vague plural used as a noun: the subject of a verb ("Thousands were displaced", "Hundreds
        more remain") or the object of an event verb ("police arrested dozens"); not "in the thousands"."""
        lows = ctx.lows
        if i > 0 and lows[i - 1] in ("the", "by", "in", "into", "to", "of"):
            return False
        last = i + 1 >= len(lows)
        if not last and (lows[i + 1] in _AUX or lows[i + 1] in _VAGUE_SUBJECT_NEXT):
            return True
        return i > 0 and lows[i - 1] in self.events.verbs and (last or not ctx.alpha[i + 1])

    def _read_scale(self, ctx: _Context, out: _Number) -> None:
        doc = ctx.doc
        j = out.end
        if j + 1 < len(doc) and ctx.texts[j] in _HYPHENS and not ctx.space[j - 1] and not ctx.space[j] \
                and ctx.low(j + 1) in num.WORD_SCALES and ctx.low(j + 1) in num.SCALES and ctx.low(j + 1) != "hundred":
            j += 1  # "R1.2-million", "$5-million": the scale after a hyphen, as South African and Canadian papers write it
        elif out.currency and j + 1 < len(doc) and ctx.texts[j] in _HYPHENS and not ctx.space[j - 1] \
                and not ctx.space[j] and ctx.texts[j + 1] in ("B", "M"):
            j += 1  # "P1.6-B", "P500-M": a capital letter after a hyphen, as Philippine headlines write billions
        if j < len(doc) and out.value is not None and not out.vague:
            low = ctx.low(j)
            if out.currency and low.endswith(".") and low[:-1] in num.SCALES and low[:-1] not in num.WORD_SCALES:
                low = low[:-1]  # "$5m." at a sentence end: the tokenizer keeps the period on the scale
            letter_scale = low in num.SCALES and low not in ("hundred",) and (
                out.currency or (not ctx.space[j - 1] and (self._counted_after_scale(ctx, j + 1)
                                                           or ctx.texts[j + 1:j + 2] == ["/-"])))  # "10m/-"
            if low in num.WORD_SCALES or letter_scale:
                if low == "hundred" and out.word_number:
                    return
                if low in num.WORD_SCALES and low != "hundred" and out.value >= 1000 \
                        and (dotted := _DOT_THOUSANDS_END.search(ctx.text(out.end - 1))):
                    out.value = float(dotted.group())  # "2.717 billion": a decimal point before a scale word
                out.value = out.value * num.SCALES[low]
                out.end = j + 1
                out.rule += "_scaled"
                if j + 1 < len(doc) and ctx.low(j + 1) in num.SCALES and ctx.low(j + 1) in num.WORD_SCALES:
                    out.value *= num.SCALES[ctx.low(j + 1)]
                    out.end += 1

    def _counted_after_scale(self, ctx: _Context, k: int) -> bool:
        """Whether token k, right after a letter scale written against its number, is money or a plural
        noun: "1.2m pesos", "20k workers", "1.5m people" (not "a 10m boat": metres)."""
        if k >= len(ctx.lows) or not ctx.alpha[k]:
            return False
        return ctx.lows[k] in self.currency_words or looks_plural(ctx.lows[k], self.units)

    def _read_range(self, ctx: _Context, out: _Number) -> _Number | None:
        """X-Y, X to Y, between X and Y, X or Y (small counts)."""
        doc = ctx.doc
        n = len(doc)
        j = out.end
        if out.value is None or out.vague or j >= n:
            return out
        link = ctx.low(j)
        repeated = None  # "two years to 99 years", "two and a half years up to seven years"
        if (link in self.time_unit_words or link in ("%", "percent", "/-")) and j + 2 < n:  # ("between 70% and 100%")
            after = j + 2 if ctx.low(j + 1) == "up" else j + 1
            if j + 4 < n and ctx.low(j + 1) == "and" and ctx.low(j + 2) in ("one", "a") and ctx.low(j + 3) == "day":
                after = j + 4  # "five years and one day to 15 years": the penal codes' lower bound
            if ctx.low(after) == "to" and out.start not in ctx.qual_end:
                # (not after a qualifier: "from a minimum of 45 days to 90 days" extends a period)
                repeated, j, link = link, after, "to"
            elif ctx.low(after) == "and" and ctx.between_before(out.start) is not None:
                repeated, j, link = link, after, "and"  # "between one year and eight years"
        if link not in _DASHES and link not in ("to", "and", "or", "through"):
            return out
        k = j + 1
        sym = None
        letters = self.currencies.letter_symbols.get(ctx.text(k), {}) if k < n else {}
        if k < n and (ctx.text(k) in ("$", "€", "£", "₦", "US$") or (
                out.unit and ctx.text(k) == out.unit and out.category == "money") or (  # "Rs 20,000 and Rs 35,000"
                out.category == "money" and out.currency in letters.values())):  # "FCFA 400,000 and FCFA 800,000"
            sym = ctx.text(k)
            k += 1
        elif k + 1 < n and out.category == "money" and out.unit and out.unit.endswith(".") \
                and ctx.text(k) + ctx.text(k + 1) == out.unit:  # "Rs. 1.5 million and Rs. 3 million"
            sym = out.unit
            k += 2
        if k >= n:
            return out
        between = None
        if link == "and" and out.rule != "digits_hanging":  # ("16- and 17-year-old children": both ages)
            between = ctx.between_before(out.start)
            aged = out.start > 0 and ctx.low(out.start - 1) in ("aged", "ages")
            if between is None and not aged and not (k + 1 < n and _DIGITS.fullmatch(ctx.text(k)) and out.start > 0
                                                     and ctx.low(out.start - 1) in ("were", "are", "was", "is")
                                                     and _years_old_after(ctx, k)):
                return out  # (but "children aged 16 and 17" is a range of ages, and so is "were 14 and 16 years old": below)
        if link == "or" and out.word_number != (ctx.low(k) in num.NUMBER_WORDS):
            return out
        if link == "to" and out.first_word.lower() == "one" and out.start > 0 \
                and ctx.low(out.start - 1) in ("sentencing", "sentenced", "sentence", "sentences"):
            return out  # "sentencing one to 12 years' imprisonment": one person, not a range
        if link == "to" and ctx.change_before(out.start) and not (out.start > 0 and ctx.low(out.start - 1) == "to"):
            return out  # "rose from 30 to 34": two values, not a range ("increased to 19 to 20 years" is one)
        if link == "to" and out.start in ctx.qual_end and ctx.change_before(ctx.qual_end[out.start][1]):
            return out  # so with a qualifier: "fell by more than €90,000 to €183,210"
        second = None
        if _DIGITS.fullmatch(ctx.text(k)) and not ctx.skip[k]:
            digits, end = ctx.text(k), k + 1
            if (sym or out.rule == "digits_grouped") and _GROUP_HEAD.fullmatch(digits):
                # thousands after a space, as in the first: "between EUR 800 and EUR 2 500", "between 5 000 and 8 000"
                while end < n and _THREE_DIGITS.fullmatch(ctx.text(end)) and ctx.space[end - 1]:
                    digits += ctx.text(end)
                    end += 1
            second = _Number(k, end, value=num.parse_digits(digits, european=False), first_word=ctx.text(k))
            if second.value is not None and end < n and ctx.low(end) in num.WORD_SCALES:
                second.value *= num.SCALES[ctx.low(end)]
                second.end += 1
            elif second.value is not None and out.rule.endswith("_scaled") and end < n and not ctx.space[end - 1] \
                    and ctx.low(end) in num.SCALES:
                second.value *= num.SCALES[ctx.low(end)]  # the letter scale of the first amount: "between 5m/- and 150m/-"
                second.end += 1
        elif ctx.low(k) in num.NUMBER_WORDS and not ctx.skip[k]:
            second = self._read_words(ctx, k)
        elif sym and (suffixed := _SCALED_DIGITS.fullmatch(ctx.text(k))) is not None:  # "between $18bn and $24bn"
            value = num.parse_digits(suffixed.group(1), european=False)
            second = _Number(k, k + 1, value=None if value is None else round(value * num.SCALES[suffixed.group(2).lower()], 4),
                             first_word=ctx.text(k))
        elif out.unit and (glued := _SYMBOL_NUMBER.fullmatch(ctx.text(k))) \
                and (glued.group(1).lower() == out.unit.lower()  # "between RM3,000 and RM5,000"
                     or (out.currency is not None and self._currency(ctx, glued.group(1), k) == out.currency)):
            # (or the letter its country's amounts carry: "between R800 and R1 200", read as ZAR)
            sym = glued.group(1)
            second = _Number(k, k + 1, value=num.parse_digits(glued.group(2), european=False),
                             first_word=ctx.text(k))
            if second.value is not None and glued.group(3):  # "between $18bn and $24bn"
                second.value = round(second.value * num.SCALES[glued.group(3).lower()], 4)
            # thousands grouped with spaces, as the first amount has them: "between K150 000 and K400 000"
            while second.value is not None and not glued.group(3) and second.end < n and ctx.space[second.end - 1] \
                    and _GROUP.fullmatch(ctx.text(second.end)) \
                    and (any(_GROUP.fullmatch(ctx.text(t)) for t in range(out.start + 1, out.end))
                         or second.value * 1000 + int(ctx.text(second.end)) > (out.value or 0) > second.value):
                second.value = second.value * 1000 + int(ctx.text(second.end))
                second.end += 1
            scale = ctx.low(second.end) if second.end < n else ""
            # a word scale, or the letter scale of the first amount: "between N1.5m and N3m"
            if second.value is not None and (scale in num.WORD_SCALES or (
                    scale in num.SCALES and not ctx.space[k] and out.rule.endswith("_scaled"))):
                second.value *= num.SCALES[scale]
                second.end += 1
        if second is None or second.value is None:
            return out
        if link == "or" and sym:
            return out  # two amounts, each with its currency: "Rs 100,000 or Rs 150,000", "Rs900 or Rs950"
        if repeated is not None and (second.end >= n or ctx.low(second.end).rstrip("s") != repeated.rstrip("s")):
            return out  # (the unit once more, in either number: "one year and eight years")
        lo, hi = out.value, second.value
        if link == "and" and between is None and (hi != lo + 1 or self._two_people_before(ctx, out.start)) \
                and not (second.end < n and _years_old_after(ctx, second.end - 1)):
            # two people's ages ("two men, aged 23 and 31", "Two of the girls, aged 15 and 16"), not the class of
            # "children aged 16 and 17" (nor the span "were 14 and 16 years old" gives, as annotators read it)
            return out
        if not out.rule.endswith("_scaled") and second.end > k + 1 and lo < 1000 \
                and ctx.low(second.end - 1) in num.WORD_SCALES and lo * num.SCALES[ctx.low(second.end - 1)] < hi:
            lo *= num.SCALES[ctx.low(second.end - 1)]  # "8 to 10 million": the scale of the second is the first's
        if out.rule.endswith("_scaled") and hi < lo and second.end == k + 1:
            # "$1.5 to 2 million" is rare; "1 million to 2" keeps the scale of the first
            return out
        if hi <= lo:
            return out
        if num.is_calendar_year(ctx.text(out.end - 1)) and num.is_calendar_year(ctx.text(k)):
            return None
        out = _Number(out.start if between is None else min(between, out.start), second.end, low=lo, high=hi, currency=out.currency, unit=out.unit,
                      category=out.category, word_number=out.word_number, rule="range_" + {"-": "dash", "–": "dash", "—": "dash"}.get(link, link),
                      first_word=out.first_word)
        if sym and not out.unit:
            out.unit, out.currency, out.category = sym, currency_for_symbol(sym, self.currencies), "money"
        return out

    def _read_unit_word(self, ctx: _Context, out: _Number) -> _Number:
        """Percent signs and words, and currency words after the number."""
        doc = ctx.doc
        n = len(doc)
        j = out.end
        if j < n and out.unit and out.currency and ctx.low(j) in self.currency_words and ctx.low(j) != "won" \
                and (code := currency_for_noun(ctx.low(j), self.currencies, country=ctx.country(j))) is not None \
                and code != out.currency:
            # a sign shared by several currencies, the currency's name after the amount: "$214.6 million tala"
            out.end, out.unit, out.currency = j + 1, ctx.text(j), code
            return out
        if j >= n or out.unit:
            return out
        low = ctx.low(j)
        if low in ("%", "percent", "pct", "pct."):
            out.end, out.unit, out.category = j + 1, "%" if low == "%" else "percent", "percent"
        elif low == "per" and j + 1 < n and ctx.low(j + 1) == "cent":
            out.end, out.unit, out.category = j + 2, "percent", "percent"
        elif low == "percentage" and j + 1 < n and ctx.low(j + 1) in ("point", "points"):
            out.end, out.unit, out.category = j + 2, "percentage points", "percent"
        elif low == "per" and j + 1 < n and (ctx.low(j + 1) in _RATE_BASES or _RATE_BASE.fullmatch(ctx.text(j + 1))):
            # a rate: "5.3 per thousand people", "12 per 100,000 inhabitants" (the population named after it)
            end = j + 2
            if end < n and ctx.alpha[end] and looks_plural(ctx.low(end), self.units) and ctx.low(end) not in ("and", "or"):
                end += 1
            out.end, out.unit, out.category = end, ctx.span_text(j, end), "other"
        elif low == "/-":  # East Africa's shilling mark: "10m/-", "40,000/-" (the story's country says whose)
            out.end, out.unit, out.category = j + 1, "/-", "money"
            out.currency = self._currency(ctx, "Sh", j) if "Sh" in self.currencies.letter_symbols else None
        elif low in self.currency_words:
            code = currency_for_noun(low, self.currencies, country=ctx.country(j))
            if low == "won" and out.value is not None and not out.rule.endswith("_scaled") and out.value < 100:
                return out  # "won 3 cases" is not money; "3 won" hardly ever is
            out.end, out.unit, out.currency, out.category = j + 1, ctx.text(j), code, "money"
            if j + 1 < n and ctx.text(j).isupper() and ctx.low(j + 1) in self.currency_words:
                out.end, out.unit = j + 2, ctx.span_text(j, j + 2)  # a code, then the currency's name: "810 CFA francs"
        elif ctx.text(j)[:1].isupper() and (named := self._country_currency(ctx, j, n)) is not None:
            out.end, out.currency, out.category = named[0], named[1], "money"
            out.unit = ctx.span_text(j, out.end)
        elif j + 1 < n and ctx.text(j)[:1].isupper() and ctx.low(j + 1) in self.currency_words:
            code = currency_for_noun(ctx.low(j + 1), self.currencies, adjective=ctx.text(j), country=ctx.country(j))
            if code:
                out.end, out.unit, out.currency, out.category = j + 2, ctx.span_text(j, j + 2), code, "money"
        elif len(ctx.text(j)) == 3 and ctx.text(j).isupper():
            code = currency_for_symbol(ctx.text(j), self.currencies)
            if code:
                out.end, out.unit, out.currency, out.category = j + 1, ctx.text(j), code, "money"
        return out

    def _country_currency(self, ctx: _Context, j: int, n: int) -> tuple[int, str] | None:
        """(end, ISO code) of a currency named by a country of two to four words: "Trinidad and Tobago
        dollars" (TTD, not the dollar's default), "United Arab Emirates dirham", "Hong Kong dollars"."""
        for m in range(min(4, n - j - 1), 1, -1):
            if ctx.low(j + m) not in self.currency_words or not ctx.text(j + m - 1)[:1].isupper():
                continue
            name = ctx.span_text(j, j + m)
            if lookup_country(name) is None and lookup_demonym(name) is None:
                continue
            code = currency_for_noun(ctx.low(j + m), self.currencies, adjective=name, country=ctx.country(j))
            return (j + m + 1, code) if code else None
        return None

    # ------------------------------------------------------------ not a quantity
    def _year_is_count(self, ctx: _Context, i: int) -> bool:
        """A four-digit number in the calendar range counts only before a plural count noun ("2000 victims")."""
        doc = ctx.doc
        if i > 0 and ctx.low(i - 1) in ("the", "its", "their", "his", "her", "a", "an", "in", "of", "since", "by",
                                        "following", "after", "before", "amid", "despite", "during", "until", "from"):
            return False  # "the 2016 raids", "following 2016 allegations": a year
        if i + 1 >= len(doc):
            return False
        return self._counts_a_noun(ctx, i + 1)

    def _counts_a_noun(self, ctx: _Context, k: int) -> bool:
        """Whether token k is a plural count noun of the lexicon ("victims", "investigations")."""
        low = ctx.low(k)
        return looks_plural(low, self.units) and singular(low, self.units) in self.units.head_category

    @staticmethod
    def _named_list_item(ctx: _Context, i: int) -> bool:
        """Whether the bracketed number at token i follows a name in a list of names with numbers, the
        item before or after it of the same shape: "Odisha (112) and Jharkhand (92)"."""
        texts, n = ctx.texts, len(ctx.texts)
        if not (texts[i - 2][:1].isupper() and ctx.alpha[i - 2]):
            return False
        for k in [*range(max(2, i - 10), i - 3), *range(i + 4, min(n - 1, i + 11))]:  # another "(N)" after a name
            if texts[k - 1] == "(" and ctx.likenum[k] and texts[k + 1] == ")" and texts[k - 2][:1].isupper() \
                    and ctx.alpha[k - 2] and any(t in (",", "and") for t in texts[min(k, i) + 2:max(k, i) - 1]):
                return True
        return False

    def _names_a_street(self, ctx: _Context, i: int) -> bool:
        """Whether the number at token i opens a street's name or an address: one or two capitalised
        words, then a street word ("Two Notch Road", "12 Main Street")."""
        texts, n = ctx.texts, len(ctx.texts)
        for k in (i + 2, i + 3):
            if k < n and ctx.lows[k] in self.units.street_words and texts[k][:1].isupper() \
                    and all(ctx.alpha[t] and texts[t][:1].isupper() for t in range(i + 1, k)):
                return True
        return False

    def _closes_a_name(self, ctx: _Context, i: int) -> bool:
        """Whether the number at token i ends a name of two or more capitalised words after "the" (or "from", "of",
        "and", or alone in a table's cell) and counts nothing after it: "aboard the Lu Rong Yuan Yu 668.", "purchases
        from Feng Yu 818 and Yong Sheng 602" (not "the Sierra Leone Police 45 officers", nor a country's count in a
        list: "the United Arab Emirates 45 and Oman 30")."""
        k = i
        while k > 0 and i - k < 5 and ctx.alpha[k - 1] and ctx.texts[k - 1][:1].isupper():
            k -= 1
        # (or a vessel's name after the word for it, one word will do: "the longliner Hai Xing 27 at the port", "the
        # charter vessel Haengbok 303"; a verb may follow the name, a plural noun is what a number counts: "the Hai
        # Xing 27 return home")
        if i - k >= 2 and (k == 0 or ctx.texts[k - 1] == "|") and i + 1 < len(ctx.texts) and ctx.texts[i + 1] == "|":
            return lookup_country(" ".join(ctx.texts[k:i])) is None  # a table's cell holding a vessel's name: "| Feng Yu 818 |"
        if i + 1 < len(ctx.lows) and ctx.lows[i + 1] in ("%", "percent", "per", "pc"):
            return False  # a share after a name: "... and UNICEF Philippines 15%"
        if (i - k < 2 and not (i - k == 1 and k > 0 and ctx.lows[k - 1] in _VESSEL_WORDS)) or k == 0 \
                or (ctx.lows[k - 1] not in ("the", "from", "aboard", "of", "and") and ctx.lows[k - 1] not in _VESSEL_WORDS) \
                or (i + 1 < len(ctx.texts) and ctx.alpha[i + 1] and not ctx.texts[i + 1][:1].isupper()
                    and ctx.lows[i + 1] not in ("and", "or") and ctx.lows[k - 1] not in _VESSEL_WORDS
                    and looks_plural(ctx.lows[i + 1], self.units)):
            return False
        name = " ".join(ctx.texts[k:i])
        return lookup_country(name) is None and lookup_demonym(name) is None

    @staticmethod
    def _phone_shaped(ctx: _Context, i: int) -> bool:
        """Whether token i is a group of a telephone number written in two groups ("555-0143", "800-4288",
        "0800-55566") or its bracketed area code, after a word for calling within the sentence (or with its
        area code in brackets: "(614) 555-0142")."""
        texts, n = ctx.texts, len(ctx.texts)

        def pair(a: int) -> bool:  # tokens a, a + 2 are digit groups joined by an unspaced hyphen at a + 1
            if a < 0 or a + 2 >= n or texts[a + 1] not in _HYPHENS or ctx.space[a] or ctx.space[a + 1] \
                    or not (texts[a].isdigit() and texts[a + 2].isdigit()):
                return False
            head, tail = texts[a], texts[a + 2]
            if num.is_calendar_year(head) and num.is_calendar_year(tail):
                return False  # "2014-2018"
            return (len(head) == 3 and len(tail) == 4) or (head.startswith("0") and len(head) >= 3)

        def area_code(a: int) -> bool:  # tokens a - 1, a, a + 1 are "(", three digits, ")"
            return 0 < a < n - 1 and texts[a - 1] == "(" and texts[a + 1] == ")" and len(texts[a]) == 3 \
                and texts[a].isdigit()

        if not (pair(i) or pair(i - 2) or (area_code(i) and pair(i + 2))):
            return False
        if (area_code(i) and pair(i + 2)) or (pair(i) and area_code(i - 2)) or (pair(i - 2) and area_code(i - 4)):
            return True  # the whole North American form, "(614) 555-0142", needs no word for calling
        lo = ctx.sent_start(i)
        return any(ctx.lows[t] in _PHONE_WORDS for t in range(max(lo, i - 12), i))

    def _counted_before_bracket(self, ctx: _Context, i: int) -> bool:
        """Whether the bracketed number at token i follows a plural noun for people that it counts:
        "followed by Vietnamese nationals (74) and Albanians (58)" (not a list's "(2)")."""
        low = ctx.low(i - 2)
        return ctx.alpha[i - 2] and looks_plural(low, self.units) and ctx.low(i - 3) not in _DETERMINERS \
            and self.units.head_category.get(singular(low, self.units)) in _GROUP_CATEGORIES  # ("the girls (12)": ages)

    @staticmethod
    def _in_hyphen_chain(ctx: _Context, i: int) -> bool:
        """Whether token i is one of three or more digit groups joined by unspaced hyphens."""
        def linked(k: int) -> bool:  # tokens k and k + 2 are digit groups joined by a hyphen at k + 1
            return (0 <= k and k + 2 < len(ctx.texts) and ctx.texts[k + 1] in _HYPHENS
                    and not ctx.space[k] and not ctx.space[k + 1]
                    and ctx.texts[k].isdigit() and ctx.texts[k + 2].isdigit())
        groups, k = 1, i
        while linked(k - 2):
            groups, k = groups + 1, k - 2
        k = i
        while linked(k):
            groups, k = groups + 1, k + 2
        return groups >= 3

    def _is_identifier(self, ctx: _Context, i: int) -> bool:
        doc = ctx.doc
        n = len(doc)
        text = ctx.text(i)
        if len(text) > 1 and text.startswith("0") and not text.startswith("0."):
            return True
        if ctx.in_actor_name(i):
            return True  # a number inside a body's name: "El Watania 1", "Group of 77"
        if 0 < i and len(text) <= 2 and text.isdigit() and (acr := ctx.text(i - 1)).isupper() and len(acr) >= 2 \
                and acr.isalpha() and ctx.space[i - 1] and ctx.actor_ends_at(i) \
                and not (i + 1 < n and ctx.alpha[i + 1] and looks_plural(ctx.low(i + 1), self.units)):
            return True  # a body's regional office by its number: "DSWD 7", "PRO 7" (not "DSWD 7 officers" counted)
        if 0 < i < n - 1 and ctx.texts[i + 1] in ("'s", "\u2019s") and not ctx.space[i] and ctx.alpha[i - 1] \
                and ctx.text(i - 1)[:1].isupper() and ctx.space[i - 1]:
            return True  # a number in a name, its owner's: "Vision 8's Darren Baptiste", "Channel 4's reporter"
        if text in ("K9", "K-9"):
            return True  # a police dog unit, not nine kwacha or kyat: "12 additional K9 and inspection teams"
        if text.endswith(".0") and i > 0 and _VERSION.fullmatch(text) and ctx.alpha[i - 1] \
                and not ctx.text(i - 1).islower() and not (i + 1 < len(ctx.lows) and ctx.lows[i + 1] in num.SCALES):
            return True  # a version after a name: "NAPTIP 3.0", "Industry 4.0" (but "USD 3.0 million")
        if i >= 2 and ctx.texts[i - 1] in _HYPHENS and not ctx.space[i - 2] and not ctx.space[i - 1] \
                and _HAS_DIGIT.search(ctx.text(i - 2)) and any(c.isalpha() for c in ctx.text(i - 2)):
            return True  # the tail of a code: "E6-2 entertainment visa holders"
        if i >= 2 and len(text) == 2 and ctx.texts[i - 1] in _HYPHENS and not ctx.space[i - 2] and not ctx.space[i - 1] \
                and num.is_calendar_year(ctx.text(i - 2)):
            return True  # the second year of a fiscal year, cut short: "in fiscal year 2022-23, which ended"
        if i + 1 < n and ctx.space[i] and (name := ctx.text(i + 1))[:1].isupper() and name.endswith("line") \
                and name[1:].islower():
            return True  # a hotline's number in its name: "the 1343 Actionline", "the 1098 Childline"
        if 3 <= len(text) <= 5 and text.isdigit() and any(
                ctx.texts[k] in ("Center", "Centre") and all(ctx.alpha[t] and ctx.texts[t][:1].isupper() for t in range(i + 1, k))
                for k in range(i + 2, min(n, i + 4))):
            return True  # a call centre's number in its name: "the 1300 Prachabodi Center"
        if any(ctx.low(k) in _TRAIN_NAMES and all(ctx.text(t)[:1].isupper() and ctx.alpha[t] for t in range(i + 1, k + 1))
               and not (k + 1 < n and ctx.text(k + 1).islower() and looks_plural(ctx.low(k + 1), self.units))
               for k in range(i + 1, min(n, i + 4))):
            return True  # a train's number before its name: "the 12948 Azimabad Express"
        # runs of bare numbers ("23 123 456"), phone numbers, list markers "(2)" and "1."
        if i + 1 < n and _DIGITS.fullmatch(ctx.text(i + 1)) and ctx.space[i]:
            return True
        if i > 0 and _DIGITS.fullmatch(ctx.text(i - 1)) and ctx.space[i - 1] and not ctx.skip[i - 1]:
            return True
        if i > 0 and ctx.text(i - 1) == "(" and i + 1 < n and ctx.text(i + 1) == ")" and len(text) <= 2 \
                and not (i >= 2 and (_names_a_place(ctx.text(i - 2)) or self._named_list_item(ctx, i)
                                     or ctx.person_ends_at(i - 1) or self._counted_before_bracket(ctx, i))):
            return True  # a list marker; a count after a place or nationality in a list is none: "Brazil (37)";
            # nor an age after a name: "Sarah Jones (16)"
        if ((i + 1 < n and ctx.texts[i + 1] in _HYPHENS) or (i > 0 and ctx.texts[i - 1] in _HYPHENS)) \
                and self._in_hyphen_chain(ctx, i):
            return True  # "1-800-555-0199": three or more digit groups joined by hyphens, no spaces
        if self._phone_shaped(ctx, i):
            return True  # "(404) 555-0143", "800-4288", "0800-55566" where a number to call is named
        if i > 1 and ctx.lows[i - 1] == "the" and ctx.lows[i - 2] in _CALL_VERBS \
                and any(ctx.lows[t] in _LINE_WORDS for t in range(i + 1, min(n, i + 6))):
            return True  # a number to call, the line named a few words on: "call the 108 child and family helpline"
        if self._names_a_street(ctx, i):
            return True  # "on Two Notch Road", "at 12 Main Street"
        if i > 1 and ctx.alpha[i - 1] and ctx.texts[i - 1][:1].isupper() and self._closes_a_name(ctx, i):
            return True  # "on the Jin Hai Yu 817 and the Jin Hai Yu 823": vessels' names
        if i > 0 and ctx.lows[i - 1].endswith(_STREET_ENDINGS) and ctx.texts[i - 1][:1].isupper() and (
                i + 1 >= n or ctx.texts[i + 1] in (",", ".")) or (
                i >= 3 and ctx.texts[i - 1] == "," and ctx.lows[i - 3].endswith(_STREET_ENDINGS)
                and ctx.texts[i - 3][:1].isupper() and ctx.likenum[i - 2]):
            return True  # an address the European way, the street's number and the postcode: "Wallnerstrasse 6, 1010 Vienna"
        if i + 1 < n and ctx.texts[i + 1] == "|" and i > 0 and ctx.alpha[i - 1] and ctx.texts[i - 1][:1].isupper() \
                and ctx.lows[i - 1] not in _BAND_WORDS and "|" not in ctx.doc_text[ctx.doc_text.rfind("\n", 0, ctx.idx[i]) + 1:ctx.idx[i]]:
            return True  # a row's label ending in a number, a table's first cell: "Hai Shun 118 | 13 | 11"
        start = ctx.idx[i]
        if _PHONE_LABEL.search(ctx.doc_text, max(0, start - 40), start):
            return True  # "Telephone: (+43-1) 26060-5764", "Tel. +66 2 123 4567"
        line_end = ctx.doc_text.find("\n", start)
        if line_end > 0 and _CONTACT_LINE.match(ctx.doc_text, line_end + 1):
            line = ctx.doc_text[ctx.doc_text.rfind("\n", 0, start) + 1:line_end]
            if ", " in line and len(line) <= 90 and not line.rstrip().endswith((".", ":", ";")):
                return True  # an address over a contact's telephone line: "Jl. Thamrin Kav. 3, Jakarta 10250\nTel. ..."
        if ctx.tables and (cell := cell_at(ctx.tables, start)) is not None and cell[2] < len(cell[0].titles) \
                and cell[0].titles[cell[2]].strip(" *").lower() in _ROW_NUMBER_HEADERS:
            return True  # a row's number in a column of its own: "No. | Action | Owner | Deadline"
        # (a token's trailing whitespace is one space at most: line breaks are tokens)
        at_line_start = i == 0 or "\n" in ctx.text(i - 1)
        if at_line_start and i + 1 < n and _OUTLINE_CODE.fullmatch(text) and ctx.alpha[i + 1] and ctx.text(i + 1)[:1].isupper():
            return True  # an outline's code opening its line or a table's row: "1.1 Labour inspectors trained | 0 | 400"
        if at_line_start and i + 1 < n and ctx.text(i + 1) in (".", ")") and len(text) <= 3:
            return True
        at_line_end = i + 1 >= n or "\n" in ctx.text(i + 1)
        if at_line_start and at_line_end:
            return True  # a page number alone on its line
        if "." in text and text.count(".") > 1 and "," not in text and not _DOTTED_THOUSANDS.fullmatch(text):
            return True  # "2.1.3"
        named = 3 <= i and ctx.texts[i - 2] == "," and ctx.alpha[i - 1] and ctx.texts[i - 1][:1].isupper()
        if 2 <= i < n - 1 and (ctx.texts[i - 1] == "," or named) and ctx.texts[i + 1] in (",", ".", ";") \
                and any(ctx.lows[k] in _LINE_WORDS and not any(ctx.texts[t] in _QUOTES for t in range(k, i))
                        for k in range(max(ctx.sent_start(i), i - 6), i - 1)):
            return True  # a number to call set off after the line it belongs to: "a hotline for migrants, 1230, operates",
            # "the free child helpline, Allô 1011, had ..." (not past a quote's end: '"... pulled the line," said
            # Casmadi, 34,')
        if i + 1 < n and ctx.lows[i + 1] == "call" and text != "1" and ctx.likenum[i] \
                and (i + 2 >= n or not ctx.alpha[i + 2] or ctx.lows[i + 2] in self.units.stop_words):
            return True  # a number dialled, not a count: "within four minutes of the 911 call" (a count takes "calls";
            # "35 call centre staff" counts the staff)
        if 0 < i < n - 2 and len(text) == 1 and ctx.lows[i - 1] in _GRADED_RANKS and ctx.texts[i - 1][:1].isupper() \
                and ctx.alpha[i + 1] and ctx.texts[i + 1][:1].isupper() and ctx.alpha[i + 2] \
                and ctx.texts[i + 2][:1].isupper():
            return True  # a rank's grade before a name: "Senior Police Officer 2 Ramon Dizon"
        # a number to call named after it: "the 1098 helpline", "the 911 emergency line" (not "300 hotline calls")
        for k in (i + 1, i + 2):
            if k < n and ctx.low(k) in _LINE_WORDS and (k == i + 1 or ctx.alpha[i + 1] or ctx.text(i + 1) in _QUOTES) \
                    and (k + 1 >= n or not looks_plural(ctx.low(k + 1), self.units)):
                return True
        if i > 0 and at_line_start and len(text) == 1 and i + 1 < n and ctx.alpha[i + 1] \
                and ctx.text(i + 1)[:1].isupper() and lookup_demonym(ctx.text(i + 1)) is None:
            return True  # a footnote's number opening its line: "1 Figures provided by the government"
        if text == "1" and i > 0 and i + 1 < n and ctx.alpha[i + 1] and ctx.text(i + 1)[:1].isupper() \
                and (ctx.text(i - 1) == "." or ctx.text(i - 1).islower()) and lookup_demonym(ctx.text(i + 1)) is None \
                and singular(ctx.low(i + 1), self.units) not in self.units.head_category:
            return True  # a footnote run into the text: "... frequent 1 FELCC figures include ...", ". 1 Figures were"
        return False

    # ------------------------------------------------------------ the counted thing and the rest
    def _complete(self, ctx: _Context, number: _Number, found: list[_Found]) -> _Found | None:
        item = _Found(number, number.start, number.end)
        # qualifier right before (after a currency symbol too)
        q = ctx.qualifier_before(number.start)
        if q is not None:
            item.qualifier, qstart, item.qual_rule = q
            item.start = qstart
        elif number.vague:
            item.qualifier = "approx"
        # unit
        unit_words: list[str] = []
        head_word = None
        if number.unit:
            item.unit = number.unit
            item.category = number.category or "other"
            item.currency = number.currency
            if item.category == "money":
                item.unit_head = number.unit.lower() if not number.unit[:1].isalpha() else singular(number.unit.split()[-1], self.units)
            else:
                item.unit_head = "percent"
        else:
            if number.rule == "vague_alone":
                item.end = number.end  # "Thousands were displaced", "hundreds of them": no noun to read
            elif (walk := self._walk_unit(ctx, number)) is not None:
                unit_start, unit_end, unit_words, head_word, age = walk
                item.unit = ctx.span_text(unit_start, unit_end)
                if item.unit.lower() in ("us", "you"):
                    item.unit = "people"  # "12 of us slept in one room": people the writer speaks for or to
                if "- " in item.unit and any("-" not in w for w in unit_words):
                    item.unit = _join_broken_words(item.unit)  # "traf- fickers": the word whole
                item.end = max(item.end, unit_end)
                item.unit_head = singular(head_word, self.units)
                item.category = "age" if age else unit_category(unit_words, item.unit_head, self.units)
                if head_word.lower() in self.currency_words:  # "hundreds of millions of dollars"
                    adjective = unit_words[-2] if len(unit_words) > 1 else None
                    item.currency = currency_for_noun(head_word.lower(), self.currencies, adjective=adjective,
                                                      country=ctx.country(unit_start))
                    item.category = "money"
                if item.category == "duration" and (ctx.age_context(item.start, item.end)
                                                    or self._age_after_person(ctx, item)):
                    item.category = "age"  # "aged 22 years", "40 victims under 18 years"
                elif item.category == "other" and self._age_after_person(ctx, item):
                    # "Trafficking in persons under 18 carries a minimum sentence": no noun after the age counts
                    item.unit, item.unit_head, item.category, item.end = "years", "year", "age", number.end
                elif q is not None and "_age_" in q[2] and item.category != "age" or (
                        item.category != "age" and number.start > 0 and ctx.low(number.start - 1) == "aged"
                        and unit_start > number.end and ctx.low(number.end) in ("are", "were", "is", "was")):
                    # ("girls aged 13 to 15 are victims": the people after the copula are no unit of the ages)
                    # "Boys as young as 15 fought": an age whatever word follows it
                    item.unit, item.unit_head, item.category, item.end = "years", "year", "age", number.end
                if q is not None and ("older" in q[2] or "younger" in q[2]):
                    head = singular(head_word.lower(), self.units)
                    if head == "year":
                        item.category = "age"  # "younger than 15 years"
                    elif head not in self.units.time_units or len(unit_words) > 1:
                        # "victims older than 18 often waited weeks": an age, whatever words follow (but "files older
                        # than 90 days" are days)
                        item.unit, item.unit_head, item.category, item.end = "years", "year", "age", number.end
                if (named := self._named_before_a_verb(ctx, number, found)) is not None:
                    # "made 17 referrals ... Eleven of the 17 concerned adults": "concerned" is the verb, the 17 the
                    # referrals named before
                    _take_unit(item, named[0])
                    item.inherited, item.end = False, named[1]
                elif head_word.lower() in self.units.crime_types:
                    self._count_of_crime_type(ctx, item, found)
                elif not looks_plural(head_word.lower(), self.units) and lookup_demonym(item.unit) is not None \
                        and (scope := ctx.of_the_scope(number.start) or ctx.antecedent_before(number.start)) is not None:
                    # "Of the victims, 22,932 were Indian, 38 Sri Lankan": Sri Lankan victims; so in "The victims
                    # identified in 2017 included 293 French, 132 Nigerian"
                    self._count_as(item, f"{item.unit} {scope[1]}", scope[1])
            elif number.first_word == "one" and number.low is None and (
                    prev := self._breakdown_of(ctx, item, found) or self._last_part(ctx, item, found)
                    or self._compared_one(ctx, item, found) or self._one_elsewhere(ctx, item, found)
                    or self._one_of_scope(ctx, item) or self._one_of_a_term(ctx, item, found)):
                # "three suspected traffickers, one allegedly involved in child labor trafficking and two ..."
                _take_unit(item, prev)
            elif number.vague or (number.first_word in ("one", "a", "an") and number.low is None
                                  and (number.value is None or number.value < 1000) and not (
                                      # the count a figure is compared with: "30 complaints, compared with a dozen",
                                      # "four cases, compared with one the year before"
                                      number.start > 1 and ctx.low(number.start - 1) == "with"
                                      and ctx.low(number.start - 2) in ("compared", "comparison"))):
                return None  # "one" as a pronoun, vague words alone (but "numbered more than one million")
            elif item.start == number.start and number.start > 0 and ctx.low(number.start - 1) == "the" \
                    and number.low is None and (number.end >= len(ctx.lows) or not ctx.alpha[number.end]
                                                or ctx.lows[number.end] in _ANAPHOR_AFTER) \
                    and not (number.start > 1 and ctx.low(number.start - 2) in _COMPARED_WITH):
                return None  # "arrested the six in dawn raids": the people counted before, named again (but "an
                # increase on the 1,043 rescued the previous year" compares with another year's count)
            elif self._age_after_person(ctx, item) or self._age_apposition(ctx, item) \
                    or self._superlative_age(ctx, item) or self._said_age(ctx, item) or self._listed_age(ctx, item) \
                    or self._person_of_age(ctx, item) or self._turned_age(ctx, item) or self._age_band(ctx, item) \
                    or self._who_age(ctx, item) or _after_placeholder_name(ctx, item) \
                    or ctx.age_context(item.start, item.end) or (
                q is not None and any(w in q[2] for w in ("_age_", "older", "younger"))
            ) or self._age_limit(ctx, item, q) or (
                q is not None and q[1] >= 2 and ctx.low(q[1] - 1) in ("is", "was") and ctx.low(q[1] - 2) == "who"
                and number.value is not None and number.value < 120) or (  # "Ong, who is above 50, cannot be caned"
                q is not None and self._people_were_under(ctx, q[1], number)):
                item.unit, item.unit_head, item.category = "years", "year", "age"  # "children under 18", "aged 22"
            elif (term := self._counted_for_a_term(ctx, item, found)) is not None:
                self._count_as(item, *term)  # "10 for one year; 14 for one to two years": sentences
            elif (nationals := self._nationals(ctx, item)) is not None:
                # "19 are Mexican, eight are Guatemalan"; "Of the victims, 22,932 were Indian": Indian victims
                scope = ctx.of_the_scope(number.start, numbered=True)
                # the group counted right before in this sentence, or, in a sentence the number opens, the last one
                # counted in it or the sentence before ("... took the five women to a safe place. Three are Venezuelan")
                sent = ctx.sent_index(number.start)
                reach = sent - 1 if item.start == ctx.sent_start(number.start) else sent
                before = next((f for f in (reversed(found) if reach < sent else found[-1:])
                               if ctx.sent_index(f.start) >= reach and f.unit and f.category in _GROUP_CATEGORIES
                               and lookup_demonym(f.unit.split()[-1]) is None), None)
                if scope is not None and looks_plural(scope[1].lower(), self.units):
                    self._count_as(item, f"{nationals} {scope[1]}", scope[1])
                elif before is not None:  # "identified 139 victims; 27 were Venezuelan": Venezuelan victims
                    head = before.unit.split()[-1]
                    self._count_as(item, f"{nationals} {head}", head)
                else:
                    self._count_as(item, nationals, nationals)
                    item.category = "people"
            elif (named := self._subject_of_bare_count(ctx, item)) is not None:
                subject, from_scope = named
                self._count_as(item, *subject)  # "convictions rose by 30 percent to 193"
                # a part of the whole a sentence opened with passes it on like a unit taken from before:
                # "Of the 15 investigations, 10 were ..., four as ..., and one as ..."
                item.inherited = from_scope
            else:
                prev = self._listed_with(ctx, item, found) or self._inherit(ctx, item, found)
                participle = self._participle_after(ctx, number)
                passive = self._passive_participle_after(ctx, number)
                if passive is not None and (prev is None or (
                        prev.category in _GROUP_CATEGORIES
                        and prev.category not in _FITS_PARTICIPLE.get(passive.lower(), (prev.category,)))):
                    # "48 were convicted for trafficking, compared with 71": the convicted, whoever was counted before
                    self._count_as(item, passive, passive)
                elif participle is not None and (prev is None or prev.category not in _GROUP_CATEGORIES):
                    # "compared with 30 arrests and prosecutions, and 18 convicted during ...": people named
                    # by what was done to them (but "450 victims ..., including 360 identified in 2017")
                    self._count_as(item, participle, participle)
                    item.end = max(item.end, number.end + 1)
                elif (inside := self._counted_in_bracket_after(ctx, number)) is not None:
                    self._count_as(item, inside, inside)  # "at least 59 (29 domestic child victims and 30 foreign victims)"
                elif prev is not None:
                    _take_unit(item, prev)
                    k = number.end
                    if prev.unit and " " in prev.unit and lookup_demonym(prev.unit.split()[0]) is not None \
                            and ctx.lows[k:k + 2] in (["are", "from"], ["were", "from"], ["is", "from"], ["was", "from"]):
                        # the others of a breakdown by nationality: "Three are Venezuelan and two are from Guyana" (women)
                        item.unit = prev.unit.split(None, 1)[1]
                elif ctx.parsed:
                    noun = self._subject_of_change(ctx, number)
                    if noun is not None:
                        self._count_as(item, noun, noun)
        if q is not None and ctx.low(q[1]) == "over" and item.category == "duration" \
                and self._funding_period(ctx, item, found):
            item.qualifier, item.qual_rule, item.start = "exact", None, number.start  # "€10 million over three years"
        # qualifiers written after: "50 victims or more"
        after = ctx.qualifier_after(item.end)
        if after is not None and after[1] < len(ctx.lows) and ctx.likenum[after[1]] and ctx.low(item.end) == "and":
            after = None  # "between 20 and over 30": the second figure's qualifier
        if after is not None and item.qualifier == "exact":
            item.qualifier, item.end, item.qual_rule = after
            # ("three or more individuals"; the noun after it wins over one a bare number took from before)
            if (not item.unit or item.inherited) and item.end < len(ctx.lows) and ctx.alpha[item.end] \
                    and (np := self._np(ctx, item.end, ctx.sent_end(item.end))) is not None:
                unit_start, unit_end, unit_words, head_word, _ = np
                if looks_plural(head_word.lower(), self.units):
                    item.unit, item.end, item.inherited = ctx.span_text(unit_start, unit_end), unit_end, False
                    item.unit_head = singular(head_word, self.units)
                    item.category = unit_category(unit_words, item.unit_head, self.units)
        # qualifier scope: "a minimum penalty of five years ... and 1 million naira ($2,790)"
        if item.qualifier == "exact" and q is None:
            inherited_q = self._qualifier_from_context(ctx, item, found)
            if inherited_q:
                item.qualifier, item.qual_rule = inherited_q
        item.change = ctx.change_for(item.start, item.end)
        if number.first_word == "one" and item.start == ctx.sent_start(item.start) and item.unit_head in _PARTS_OF_DAY | {"day"}:
            return None  # a story's "One night I climbed over the wall", "One day, ...": no amount
        e = number.end
        if e + 2 < len(ctx.lows) and ctx.lows[e] == "as" and ctx.lows[e + 1] == "the" and "age" in ctx.lows[e + 2:e + 5] \
                and number.value is not None and number.value < 120 and item.category != "age":
            # "sets 18 as the minimum age of marriage": an age, whatever a count before it counted
            item.unit, item.unit_head, item.category, item.end, item.inherited = "years", "year", "age", e, False
        if not item.unit and item.qualifier != "exact" and ctx.low(item.end - 1) in ("older", "younger") \
                and number.value is not None and number.value < 120:
            item.unit, item.unit_head, item.category = "years", "year", "age"  # "children 12 and younger"
        b = number.start - 1 if number.start > 0 and ctx.low(number.start - 1) != "between" else number.start - 2
        if item.unit and item.category not in ("age", "duration") and b >= 0 \
                and ctx.low(b) in ("age", "ages", "aged") and (number.value or number.high or 0) < 120:
            # "citizens over age 21 seeking work": the words after an age are no counted thing
            item.unit, item.unit_head, item.category, item.end = "years", "year", "age", number.end
        if number.first_word == "one" and item.unit and _ONE_TO_ANOTHER.match(" ".join(ctx.lows[item.end:item.end + 3])):
            return None  # "moved from one location to another", "from one trafficker to the next": no amount
        return item

    def _counted_by_place(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """A bare number in brackets after a place or a nationality in a list counts the noun the list
        ends on ("Venezuelan (244), Nigerian (198) and Filipino (96) nationals") or, without one, the
        plural noun the sentence names before the list ("Arrests by country included Brazil (37), Spain
        (28) ...", "victims from Nigeria (45) and Ghana (12)"). (unit, head) or None."""
        s, e = item.start, item.number.end
        texts, lows, n = ctx.texts, ctx.lows, len(ctx.texts)
        if s < 2 or e >= n or texts[s - 1] != "(" or texts[e] != ")" \
                or not (_names_a_place(texts[s - 2]) or self._named_list_item(ctx, s)):
            return None
        lex = self.units
        # the end of the list: more "Name (N)" items after commas and "and"
        k = e + 1
        while k + 3 < n and lows[k] in (",", "and") and (texts[k + 1][:1].isupper() or lows[k + 1] in ("and", "the")):
            m = k + 1
            while m < n and m < k + 5 and texts[m] != "(":
                m += 1
            if m + 2 < n and texts[m] == "(" and texts[m + 2] == ")" and ctx.likenum[m + 1]:
                k = m + 3
            else:
                break
        if k < n and ctx.alpha[k] and looks_plural(lows[k], lex) and singular(lows[k], lex) in lex.head_category:
            return texts[k], texts[k]
        # the list's first item, then the nearest plural count noun before it in the sentence
        first, lo = s - 2, max(ctx.sent_start(s), s - 40)
        def plural_noun(k: int) -> bool:  # (the names of the list are capitalised; a sentence's first word too)
            return ctx.alpha[k] and lows[k] not in lex.stop_words and looks_plural(lows[k], lex) and (
                not texts[k][:1].isupper() or k == ctx.sent_start(s))

        while first > lo and texts[first - 1] != ";" and not plural_noun(first - 1):
            first -= 1
        if first > lo and plural_noun(first - 1):
            return texts[first - 1], texts[first - 1]
        return None

    def _counted_for_a_term(self, ctx: _Context, item: _Found, found: list[_Found]) -> tuple[str, str] | None:
        """What a bare number counts when a term follows it with "for": "two sentences for seven to 11
        months, ten for one year" (sentences), "...percent of sentences were ...; 10 for one year" (the
        nearest plural before it in the sentence that is no unit of time)."""
        k = item.number.end
        lows, n = ctx.lows, len(ctx.lows)
        if k + 2 >= n or lows[k] != "for" or not (ctx.likenum[k + 1] or lows[k + 1] in num.NUMBER_WORDS):
            return None
        after = next((t for t in range(k + 2, min(n, k + 6))
                      if ctx.alpha[t] and lows[t] not in ("to", "and", "or") and lows[t] not in num.NUMBER_WORDS), None)
        if after is None or singular(lows[after], self.units) not in self.units.time_units:
            return None
        lex = self.units
        for t in range(item.start - 1, max(ctx.sent_start(item.start), item.start - 60) - 1, -1):
            low = lows[t]
            if ctx.alpha[t] and looks_plural(low, lex) and singular(low, lex) not in lex.time_units \
                    and low not in lex.stop_words and not (ctx.text(t)[:1].isupper() and t != ctx.sent_start(t)):
                return ctx.text(t), ctx.text(t)
        return None

    @staticmethod
    def _nationals(ctx: _Context, item: _Found) -> str | None:
        """The nationality a bare number is said to be: "19 are Mexican", "eight were Guatemalan"."""
        k = item.number.end
        if k + 1 >= len(ctx.lows) or ctx.lows[k] not in ("are", "were", "is", "was") or not ctx.alpha[k + 1]:
            return None
        word = ctx.text(k + 1)
        if not word[:1].isupper() or lookup_demonym(word) is None:
            return None
        return word

    def _paired_with_next(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of the number a bare number is joined to by "and" or "or", which names what both
        count: "sentenced them to two and three years' imprisonment", "arrested 12 and 14 suspects"."""
        k = item.number.end
        if item.number.low is not None or k + 1 >= len(ctx.lows) or ctx.lows[k] not in ("and", "or") \
                or ctx.respectively_slot(item.start) is not None or ctx.skip[k + 1]:
            return None
        nxt = self._read_number(ctx, k + 1)
        if nxt is None or nxt.low is not None or nxt.currency:
            return None
        if nxt.unit:
            return nxt.unit, nxt.unit
        walk = self._walk_unit(ctx, nxt)
        if walk is None or walk[4]:
            return None
        unit_start, unit_end, _, head_word, _ = walk
        return ctx.span_text(unit_start, unit_end), head_word

    def _subject_of_bare_count(self, ctx: _Context, item: _Found) -> tuple[tuple[str, str], bool] | None:
        """What a bare count counts when the words around it say so, and whether that is the whole the
        sentence opened with ("Of the 412 foreigners, ..."): ((unit, head), from the scope), or None."""
        start = item.number.start
        frm = item.start - 1 if item.start > 0 and ctx.lows[item.start - 1] == "from" else \
            item.start - 3 if item.start > 2 and ctx.lows[item.start - 1] == "to" and ctx.lows[item.start - 3] == "from" else None
        if frm is not None and (named := ctx.number_of_before(frm + 1, reach=12)) is not None:
            return named, False  # "increase the number of weekly flights from 21 to 28"
        subject = ctx.change_subject(start) or (ctx.change_subject(item.start) if item.start < start else None)
        if subject is not None:  # ("... has grown more than tenfold in three years, to over 2.5 million")
            return subject, False
        scope = ctx.of_the_scope(start, numbered=True)
        if scope is not None:
            return scope, True
        if start > 0 and ctx.text(start - 1) == "," and (named := ctx.number_of_before(start, reach=8)) is not None:
            return named, False  # "the largest number of families, 31, were recovered from kilns in Kasur"
        end = item.number.end
        if end + 1 < len(ctx.lows) and ctx.lows[end] == "as" and start > 0 and ctx.lows[start - 1] in _NAMING_VERBS:
            named = self._np(ctx, end + 1, ctx.sent_end(start))
            if named is not None and looks_plural(named[3].lower(), self.units):
                return (ctx.span_text(named[0], named[1]), named[3]), False  # "identified 57 as possible victims"
        if item.start > 0 and ctx.low(item.start - 1) == "to" and ctx.lows[end:end + 3] == ["the", "number", "of"] \
                and (named := ctx.number_of_before(min(end + 8, ctx.sent_end(start)), reach=8)) is not None:
            return named, False  # "brought to (more than) 28 the number of convictions secured since 2014"
        if start >= 2 and ctx.low(start - 1) == "of" and ctx.low(start - 2) in ("family", "household") \
                and (end >= len(ctx.lows) or not ctx.alpha[end] or not looks_plural(ctx.lows[end], self.units)):
            return ("family members", "members"), False  # "a family of five": its members
        subject = ctx.collective_before(start) or ctx.collective_before(item.start) or self._counted_by_place(ctx, item) \
            or self._paired_with_next(ctx, item) or self._of_whom(ctx, item) or self._share_in_brackets(ctx, item) \
            or self._who_number(ctx, item) or self._sample_size(ctx, item) or self._one_of_them(ctx, item) \
            or self._table_column(ctx, item) \
            or self._labelled_value(ctx, item)
        if subject is None and start >= 2 and ctx.low(start - 1) == "of" and ctx.low(start - 2) in _PARENTS:
            subject = ("children", "children")  # "a mother of two"
        return (subject, False) if subject is not None else None

    def _table_column(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of a number alone in a table's cell: its column's header ("Cases investigated" over
        "Cambodia | 2021 | 312 | ...")."""
        found = cell_at(ctx.tables, ctx.idx[item.start])
        if found is None:
            return None
        table, row, column = found
        header, cells = table.titles, [c.text for c in row.cells]
        if len(header) != len(cells):
            return None
        title = header[column]
        if cells[column] != ctx.span_text(item.start, item.end).strip():
            if "age" in title.lower().split() and item.number.value is not None and item.number.value < 120:
                return "years of age", "age"  # a band of ages in a column of them: "18 and over", "Under 15"
            return None
        if (unit := self._bracketed_unit(title)) is not None:
            return unit  # "Average prison sentence (years)", "2024 grant (US$)"
        if (unit := self._unit_above(ctx.doc_text, table)) is not None:
            return unit  # "Table 2. Share of respondents reporting each indicator (%)", "... in Nepalese rupees (NPR)."
        words = _HEADER_BRACKET.sub("", title).split()  # "Defendants charged (2019)": the year is the column's date
        if 1 <= len(words) <= 3 and (self._currency_mark(last := words[-1].rstrip(".")) or last.lower() in self.currencies.nouns):
            return last, last  # a currency closing the header: "Approx. USD", "Amount in NOK"
        if 1 <= len(words) <= 3 and words[0].isupper() and self._currency_mark(words[0]):
            return words[0], words[0]  # or opening it: "USD equivalent"
        money = next((k for k, h in enumerate(header) if h.strip(" *").lower() == "currency"), None)
        if money is not None and money != column and self._currency_mark(cells[money].strip(" *")):
            return cells[money].strip(" *"), cells[money].strip(" *")  # the row's currency: "Donor | Currency | Pledge"
        if "age" in title.lower().split():
            return "years of age", "age"  # "Age at offence"
        own = self._head_of_label(words)
        # the column of the rows' labels: the first, or one headed "Key indicator" after a "Pillar" column (of two
        # such, the nearer the figures: "Indicator" after "Result", a column of codes such as "Output 1.1")
        labelled = [k for k, h in enumerate(header[:column]) if _last_word(h) in _ROW_LABEL_HEADERS]
        label = labelled[-1] if labelled else 0
        if own is None and column > 0 and not labelled:
            # a column of outcomes beside a column of what they are of: "New cases | Resolved" counts cases
            sibling = next((head for k in range(column - 1, 0, -1)
                            if (head := self._head_of_label(_HEADER_BRACKET.sub("", header[k]).split())) is not None), None)
            category = self.units.head_category.get(singular(sibling[1].lower(), self.units)) if sibling else None
            if title.strip(" *").lower() in ("total", "totals", "all") and category in ("people", "victims"):
                # the sum of groups of people: "Adults | Minors (under 18) | Total", "Female | Male | Total" (the people
                # the table's title names, when it names them: "Victims identified in 2022, by age group and gender")
                above = self._title_above(ctx.doc_text, table)
                if above is not None and self.units.head_category.get(singular(above[1].lower(), self.units)) \
                        in ("people", "victims"):
                    return above
                return "people", "people"
            if sibling is not None and looks_plural(sibling[1].lower(), self.units) \
                    and (category in ("cases", "victims", "people", "offenders", "suspects")
                         or _ONE_ADJECTIVE.fullmatch(title.strip(" *")) is not None):
                return sibling[1], sibling[1]  # (any count, beside a header of one adjective: "Deficiencies | Detainable")
        if column > 0 and (kind := _ROWS_OF_KINDS.fullmatch(header[0].strip(" *"))) is not None \
                and kind[1].lower() not in self.units.mass_nouns \
                and (own is None or not looks_plural(own[1].lower(), self.units)):
            # rows of kinds of a counted thing across columns of ways or places: "Type of contact | Phone | Email"
            return kind[1], kind[1]
        if column > label and (labelled or own is None) \
                and (own is None or own[1].lower() in _NOT_COUNTED_HEADS):
            # a row of figures against targets, years or places: the row's label names what is counted
            # ("Survivors receiving legal aid | 35 | 400 | 318" under "Indicator | Baseline | Target | Achieved"),
            # else the first header's, over a column of places ("Cases investigated | 2021 | 2022")
            if (unit := self._bracketed_unit(cells[label])) is not None:
                return unit  # "Wages and compensation recovered (HK$) | 3.46 million | 2.71 million"
            if _SUB_ROW.match(cells[label]) and (k := table.rows.index(row)) > 0 and table.rows[k - 1].cells:
                # a part of the row above: "New admissions | 38" over "... of whom under 18 | 21" counts admissions
                return self._head_of_label(table.rows[k - 1].cells[label].text.split()) if label < len(
                    table.rows[k - 1].cells) else None
            rows_are = header[label].strip(" *").lower()
            if rows_are in _PLACE_HEADERS:
                # rows of places ("Region | 2019 | 2020" over "Madre de Dios | 22 | 9", "All other regions | 35 | 14"):
                # what is counted is the table's title's
                return self._title_above(ctx.doc_text, table)
            if rows_are in _KIND_HEADERS and (titled := self._title_above(ctx.doc_text, table)) is not None:
                return titled  # so for rows of kinds under a title naming what is counted ("Trafficking cases filed in
                # court, by form of exploitation" over "Form of exploitation | 2022 | 2023")
            found = self._head_of_label(cells[label].split()) \
                or self._head_of_label(_HEADER_BRACKET.sub("", header[label]).split())
            if found is None and (above := self._title_above(ctx.doc_text, table)) is not None:
                rows_kind = _last_word(header[label])
                if rows_kind and singular(above[1].lower(), self.units) == singular(rows_kind, self.units) \
                        and 1 <= len(words_of_title := title.strip(" *").split()) <= 4 \
                        and all(w.isalpha() for w in words_of_title):
                    # the title names the rows ("Vessels audited" over "Vessel | Gross tonnage | Crew on board"):
                    # the column's header says what its figures are
                    return " ".join(words_of_title), words_of_title[0]
                found = above
            words = cells[label].strip(" *").split()
            if found is None and labelled and 1 <= len(words) <= 4 and words[0].isalpha() \
                    and words[0].lower() not in _TOTAL_LABELS:
                # a label naming no noun: what happened to the people the row above counts ("Assessed as victims | 268"
                # over "Repatriated to Indonesia | 241"), else the label itself ("Charged | 6" under "Measure | Number")
                k = table.rows.index(row)
                above = self._head_of_label(table.rows[k - 1].cells[label].text.split()) \
                    if k > 0 and label < len(table.rows[k - 1].cells) else None
                if above is not None and self.units.head_category.get(singular(above[1].lower(), self.units)) \
                        in ("people", "victims"):
                    return above
                return " ".join(words), words[0]
            return found
        if own is not None and all(w.replace("-", "").isalpha() for w in words):
            return " ".join(words), own[1]  # the whole header: "Cases investigated", "Persons convicted"
        return own

    def _title_above(self, text: str, table: Table) -> tuple[str, str] | None:
        """(unit, head) the line right above a table names, when neither its rows nor its header say what the
        figures count: "Victims identified, 2019–2021" over "Type of exploitation | 2019 | 2020 | 2021"."""
        above = text[:table.header.start].rstrip()
        # (the number is no part of the unit: "Table 2 - Victims identified ..."; nor are a heading's marks)
        line = _TABLE_NUMBER.sub("", above[above.rfind("\n") + 1:]).strip(" *#_")
        if not line or len(line) > 80 or line.endswith((".", ";")) or "|" in line:
            return None  # (a sentence of the text, not a title; nor the last row of a table right above)
        found = self._head_of_label(_TITLE_YEARS.sub(" ", line).replace(",", " ").split())
        if found is not None and found[1].lower() in _GENERIC_TITLE_HEADS:
            return None  # "Key figures", "Statistics": no thing counted
        return found

    def _unit_above(self, text: str, table: Table) -> tuple[str, str] | None:
        """(unit, head) of every figure of a table, from a bracket in the line right above it: a share ("(%)"), a
        currency ("Income and expenditure ..., in Nepalese rupees (NPR).") or a time unit."""
        above = text[:table.header.start].rstrip()
        line = above[above.rfind("\n") + 1:].strip(" *#")
        if not line or len(line) > 250 or "(" not in line or "|" in line:
            return None  # (nor the last row of a table right above)
        return next((unit for m in _HEADER_BRACKET.finditer(line)
                     if (unit := self._bracketed_unit(m.group())) is not None), None)

    def _scaled_cells(self, ctx: _Context, found: list[_Found]) -> None:
        """Amounts in a table whose column header or row label gives their currency with a scale: "Fines assessed
        (R$ million) | 9.6 | 12.3" are R$ 9.6 and 12.3 million."""
        for item in found:
            if item.category != "money" or item.number.value is None \
                    or (at := cell_at(ctx.tables, ctx.idx[item.start])) is None:
                continue
            table, row, column = at
            cells = [c.text.strip(" |*") for c in row.cells]
            if column >= len(cells) or cells[column] != ctx.span_text(item.start, item.end).strip():
                continue  # (the cell holds the figure alone, no scale of its own: "9.6", not "9.6 million")
            for title in (table.titles[column] if column < len(table.titles) else "", cells[0]):
                bracket = _HEADER_BRACKET.search(title)
                scaled = _SCALED_CURRENCY.fullmatch(bracket.group(1).strip()) if bracket else None
                if scaled is not None and (scaled["before"] or scaled["after"]) == item.unit:
                    scale = (scaled["scale"] or scaled["scale2"]).lower()
                    factor = 1e3 if scale in ("'000", "\u2019000", "000s") else num.SCALES[scale.rstrip("s")]
                    number = item.number
                    number.value, number.low, number.high = (v * factor if v is not None else None
                                                             for v in (number.value, number.low, number.high))
                    break

    def _bracketed_unit(self, title: str) -> tuple[str, str] | None:
        """(unit, head) a table header's bracket gives: a time unit ("(years)") or a currency ("(US$)", "(HK$)")."""
        bracket = _HEADER_BRACKET.search(title)
        if bracket is None:
            return None
        inside = bracket.group(1).strip()
        if inside.lower() in self.units.time_units or self._currency_mark(inside) \
                or inside.lower() in self.currencies.nouns:
            return inside, inside  # ("(years)", "(US$)", "(USD)", "(NPR)", "(baht)")
        if (scaled := _SCALED_CURRENCY.fullmatch(inside)) is not None:
            money = scaled["before"] or scaled["after"]
            if self._currency_mark(money) or money.lower() in self.currencies.nouns:
                return money, money  # "(R$ million)", "(USD millions)", "(US$ '000)" (the scale: _scaled_cells)
        if inside in ("%", "per cent", "percent") or _SHARE_OF.match(inside):
            return "percent", "percent"  # "Share of cases resolved within six months (%)", "(% of respondents)"
        return None

    def _currency_mark(self, text: str) -> str | None:
        """The currency code of a short sign or code standing alone, as in a table's header: "US$", "HK$", "USD",
        "RM", "KSh"."""
        if len(text) <= 4 and (not text.isalpha() or len(text) >= 2):  # (one letter is no sign here: "(N)")
            return currency_for_symbol(text, self.currencies)
        return None

    def _head_of_label(self, words: list[str]) -> tuple[str, str] | None:
        """(words up to the head, head) of a table header or row label: its first plural noun among four words
        ("Files closed in 2020": Files), or a count noun of the lexicon alone ("Crew"); an outline's code before it
        is no part of it ("1.1 Labour inspectors trained")."""
        if words and _OUTLINE_CODE.fullmatch(words[0]):
            words = words[1:]
        # (six words when "or"/"and" joins two modifiers before the head, and no preposition comes first: "Suspected
        # forced labour or trafficking referrals")
        reach = 6 if any(w.lower() in ("or", "and") for w in words[1:4]) \
            and not any(w.lower() in _LABEL_PREPOSITIONS for w in words[:5]) else 4
        head = next((w for i, w in enumerate(words[:reach]) if w.replace("-", "").isalpha()
                     and w.lower() not in self.units.stop_words and looks_plural(w.split("-")[-1].lower(), self.units)
                     and not (w.lower() == "police" and i + 1 < len(words)
                              and looks_plural(words[i + 1].lower(), self.units))), None)  # ("Police officers trained")
        if head is None and words and words[0].isalpha() and all(w.islower() for w in words[1:3]) \
                and (len(words) == 1 or words[1].endswith("ed")) \
                and self.units.head_category.get(words[0].lower()) in ("people", "victims", "suspects"):
            head = words[0]  # "Crew", "Crew interviewed", "Accused" (not an adjective: "Domestic servitude", "Criminal")
        return (" ".join(words[:words.index(head) + 1]), head) if head is not None else None

    def _labelled_value(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of a number given as the value of a label opening its line, the label naming people or
        things counted: "Women who completed a vocational course: 31", "Victims identified: 97" (a list of
        figures in a newsletter or a fact sheet), or as the value of a two-column table's row, an infobox's:
        "Population (2023 est.) | about 66.1 million"."""
        if item.start == 0:
            return None
        text = ctx.doc_text
        end = ctx.idx[item.end - 1] + len(ctx.texts[item.end - 1])
        if ctx.texts[item.start - 1] == ":":
            colon = ctx.idx[item.start - 1]
            line_start = text.rfind("\n", 0, colon) + 1
            nxt = text.find("\n", colon)
            rest = text[end:nxt if nxt >= 0 else len(text)]
            if rest.strip() not in ("", ".", ";") and not rest.startswith((", ", " (")) \
                    and not _REMARK_AFTER_VALUE.match(rest):
                return None  # (the value ends its line, or a remark follows it: "18, most of them in Chisinau", "1.8
                # million at any one time", "9 (up from 7 at the end of last year)")
            words = text[line_start:colon].split()
            while words and words[0] in ("-", "*", "\u2022", "\u2013"):
                words = words[1:]  # a list item's mark: "- Closed cases: 2"
        elif ctx.tables and (cell := cell_at(ctx.tables, ctx.idx[item.start])) is not None \
                and cell[2] == 1 and len(cell[1].cells) == 2 and cell[1].cells[1].end == end:
            words = _BRACKETED.sub("", cell[1].cells[0].text).split()  # ("(2023 est.)")
        else:
            return None
        if not 1 <= len(words) <= 10:
            return None
        if words[-1].lower() == "population" and len(words) <= 3:
            return "population", "population"  # a fact sheet's "Population: roughly 112 million"
        head = next((w for w in words[:3] if w.isalpha() and looks_plural(w.lower(), self.units)
                     and w.lower() not in self.units.stop_words
                     and (singular(w.lower(), self.units) in self.units.head_category
                          or (w[:1].isupper() and lookup_demonym(singular(w.lower(), self.units)) is not None))), None)
        if head is None:
            return None  # (people by their nationality too: "Filipinos working overseas: an estimated 1.8 million")
        return " ".join(words[:words.index(head) + 1]), head

    @staticmethod
    def _named_before_a_verb(ctx: _Context, number: _Number, found: list[_Found]) -> tuple[_Found, int] | None:
        """(the count named before, the end of the figure naming it again) when "the N" is followed by a verb that
        reads like an adjective: "Eleven of the 17 concerned adults" after "17 referrals" (the 17 referrals concerned
        adults), "the 19 involved minors"; None otherwise."""
        k = number.end
        if ctx.lows[k:k + 2] == ["of", "the"] and k + 2 < len(ctx.lows) and ctx.likenum[k + 2]:
            k += 3  # (the part: "Eleven of the 17 concerned ...")
        elif not (number.start > 0 and ctx.low(number.start - 1) == "the"):
            return None
        if k >= len(ctx.lows) or ctx.lows[k] not in _VERBS_LIKE_ADJECTIVES:
            return None
        value = num.parse_number(ctx.texts[k - 1]) if k != number.end else number.value
        same = next((f for f in reversed(found) if f.number.value == value and f.unit and not f.inherited
                     and f.unit.split()[0].lower() not in _VERBS_LIKE_ADJECTIVES
                     and ctx.idx[number.start] - ctx.idx[f.start] < 600), None)
        return (same, k) if same is not None else None

    def _one_of_them(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of "N" in "The inspection was one of 11 carried out ...": the plural of the subject."""
        s = item.start
        if s < 5 or ctx.lows[s - 2:s] != ["one", "of"] or ctx.lows[s - 3] not in ("was", "is") \
                or ctx.lows[s - 5] not in ("the", "this", "that") or not ctx.alpha[s - 4] \
                or looks_plural(ctx.lows[s - 4], self.units) or ctx.lows[s - 4] in self.units.stop_words:
            return None
        noun = plural(ctx.lows[s - 4], self.units)
        return noun, noun

    @staticmethod
    def _sample_size(ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of a survey's sample size: "Malaysia (n=412)", "all respondents (N = 1,024)"."""
        s = item.start
        if s >= 2 and ctx.texts[s - 1] == "=" and ctx.texts[s - 2] in ("n", "N") \
                and (s == 2 or not ctx.alpha[s - 3] or "\n" in ctx.texts[s - 3]):
            return "respondents", "respondents"
        return None

    def _who_number(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of a count a relative clause gives its noun: "Domestic workers, who number around 3.7
        million, ...", "the agencies, which numbered 1,200 in 2019"."""
        s = item.start
        # or a change the clause tells: "forced labour convictions, which rose from four in 2021 to 26 last year"
        k = s - 1
        while k > s - 10 and k > 2 and (ctx.low(k) in _CHANGE_GAP_WORDS or ctx.likenum[k]):
            k -= 1
        if k < s - 1 and ctx.low(k) in _CHANGED_VERBS and ctx.low(k + 1) == "from" \
                and ctx.low(k - 1) in ("which", "who") and ctx.texts[k - 2] == ",":
            s = k + 1  # (as if "which numbered": the noun before the comma)
        elif s < 3 or ctx.low(s - 1) not in ("number", "numbered", "numbers", "total", "totalled", "totaled"):
            return None
        else:
            # (an aside may come between: "Haitian laborers, who by some estimates number as many as 700,000")
            rel = next((j for j in range(s - 2, max(1, s - 7), -1)
                        if ctx.low(j) in ("who", "which", "whom") or not (ctx.alpha[j] and ctx.texts[j].islower())), None)
            if rel is None or ctx.low(rel) not in ("who", "which", "whom") or ctx.texts[rel - 1] != ",":
                return None
            s = rel + 2  # (as if the verb followed the pronoun)
        noun = s - 4
        if noun < 0 or not ctx.alpha[noun] or not looks_plural(ctx.low(noun), self.units) \
                or ctx.low(noun) in self.units.stop_words:
            return None
        first = noun
        while first > 0 and ctx.alpha[first - 1] and ctx.low(first - 1) not in self.units.stop_words \
                and noun - first < 2 and ctx.low(first - 1) not in _DETERMINERS:
            first -= 1  # "Domestic workers"
        while first >= 2 and ctx.texts[first - 1] in _HYPHENS and not ctx.space[first - 1] and not ctx.space[first - 2] \
                and ctx.alpha[first - 2]:
            first -= 2  # a compound's first part: "Asylum-seekers, who numbered ..."
        return ctx.span_text(first, noun + 1), ctx.text(noun)

    def _share_in_brackets(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """(unit, head) of a count in brackets after a share of a plural noun: "78% of referrals (3,711)", "the
        majority of convicted traffickers (at least 31)"."""
        s, e = item.start, item.number.end  # (the bracket holds the qualifier too)
        if s < 3 or e >= len(ctx.texts) or ctx.texts[s - 1] != "(" or ctx.texts[e] != ")":
            return None
        of = next((k for k in range(s - 3, max(-1, s - 6), -1) if not ctx.alpha[k] or ctx.low(k) == "of"), None)
        if of is None or ctx.low(of) != "of":  # "of" and up to two words before the noun ("of the identified")
            return None
        low = ctx.low(s - 2)
        if not ctx.alpha[s - 2] or not looks_plural(low, self.units) or low in self.units.stop_words:
            return None
        return ctx.text(s - 2), ctx.text(s - 2)

    def _of_whom(self, ctx: _Context, item: _Found) -> tuple[str, str] | None:
        """The people a bare count after ", of whom" counts: "Unaccompanied asylum-seeking children, of whom
        more than 7,000 arrived in 2014", "the victims, eight of whom gave evidence" (unit, head), or None."""
        k = item.start
        e = item.number.end
        if k >= 4 and ctx.low(k - 1) == "whom" and ctx.low(k - 2) == "of" and ctx.text(k - 3) == ",":
            k -= 3  # ", of whom N"
        elif k >= 2 and ctx.text(k - 1) == "," and e + 1 < len(ctx.lows) and ctx.lows[e] == "of" \
                and ctx.lows[e + 1] == "whom":
            k -= 1  # ", N of whom"
        elif k >= 4 and ctx.low(k - 1) == "which" and ctx.low(k - 2) == "of" and ctx.text(k - 3) == ",":
            return self._of_which(ctx, k - 3)
        else:
            return None
        # past the place they are in: "Stateless Rohingya in Rakhine State, nearly 140,000 of whom remained ..."
        p = k - 1
        while p > k - 5 and p > 0 and ctx.alpha[p] and ctx.texts[p][:1].isupper():
            p -= 1
        if p < k - 1 and p > 0 and ctx.lows[p] in ("in", "from", "at"):
            k = p
        head = ctx.low(k - 1)
        if not ctx.alpha[k - 1]:
            return None
        if ctx.texts[k - 1][:1].isupper() and self.units.head_category.get(head) in _GROUP_CATEGORIES:
            return ctx.text(k - 1), ctx.text(k - 1)  # a people named alike in both numbers: "Rohingya"
        if not looks_plural(head, self.units) \
                or self.units.head_category.get(singular(head, self.units)) not in _GROUP_CATEGORIES:
            return None
        return ctx.text(k - 1), ctx.text(k - 1)

    def _of_which(self, ctx: _Context, comma: int) -> tuple[str, str] | None:
        """The things a bare count after ", of which" counts: the nearest plural noun before the comma that a number
        counts, not a time ("received 63 calls in the past 12 months, of which 11 were referred": calls)."""
        lex = self.units
        for p in range(comma - 1, max(ctx.sent_start(comma), comma - 25) - 1, -1):
            if ctx.alpha[p] and looks_plural(ctx.lows[p], lex) and ctx.lows[p] not in lex.time_units \
                    and (ctx.likenum[p - 1] or (p >= 2 and ctx.likenum[p - 2] and ctx.alpha[p - 1]
                                                and ctx.lows[p - 1] not in lex.stop_words)):
                # (the noun a number counts, with its modifier: "64 criminal investigations ..., of which 27", not
                # "offences" in "340 reports of ... offences, of which 91")
                return ctx.span_text(p if ctx.likenum[p - 1] else p - 1, p + 1), ctx.text(p)
        return None

    @staticmethod
    def _participle_after(ctx: _Context, number: _Number) -> str | None:
        """The participle right after a bare count that names the people counted ("18 convicted during the
        previous reporting period", "42 arrested in the raids"), else None."""
        j, n = number.end, ctx.sent_end(number.start)
        if j >= n or ctx.low(j) not in _GROUP_PARTICIPLES or not ctx.text(j).islower() \
                or (j + 1 < n and ctx.low(j + 1) not in _AFTER_GROUP_PARTICIPLE) \
                or (number.start > 0 and ctx.low(number.start - 1) in ("the", "those", "these")):
            return None
        return ctx.text(j)

    def _counted_in_bracket_after(self, ctx: _Context, number: _Number) -> str | None:
        """The plural noun of people a bracket right after a bare count breaks it down into ("identifying at
        least 59 (29 domestic child victims and 30 foreign victims)"), else None."""
        j = number.end
        if j >= len(ctx.texts) or ctx.texts[j] != "(":
            return None
        for k in range(j + 1, min(len(ctx.texts), j + 16)):
            if ctx.texts[k] == ")":
                return None
            low = ctx.low(k)
            if ctx.alpha[k] and looks_plural(low, self.units) \
                    and self.units.head_category.get(singular(low, self.units)) in ("victims", "people"):
                return ctx.text(k)
        return None

    @staticmethod
    def _passive_participle_after(ctx: _Context, number: _Number) -> str | None:
        """The participle after "were"/"was" right after a bare count opening its clause ("In 2016, 48 were
        convicted for trafficking"), else None."""
        j, n = number.end, ctx.sent_end(number.start)
        if j + 1 >= n or ctx.low(j) not in ("were", "was") or ctx.low(j + 1) not in _GROUP_PARTICIPLES \
                or number.start == 0 or ctx.text(number.start - 1) not in (",", ";", ":") and number.start != ctx.sent_start(number.start):
            return None
        return ctx.text(j + 1)

    @staticmethod
    def _listed_after_including(ctx: _Context, prev: _Found, found: list[_Found], sent: int) -> bool:
        """Whether `prev` is one of the parts an "including" list gives of a count before it in the same
        sentence: nothing but counts, commas and "and" between the "including" and it."""
        for f in found:
            if f.start >= prev.start or not f.unit or ctx.sent_index(f.start) != sent:
                continue
            lows = ctx.lows[f.end:prev.start]
            if "including" not in lows:
                continue
            k = f.end + len(lows) - 1 - lows[::-1].index("including")
            inside = {t for g in found if k < g.start < prev.start for t in range(g.start, g.end)}
            if all(t in inside or ctx.lows[t] in (",", "and") for t in range(k + 1, prev.start)):
                return True
        return False

    def _count_as(self, item: _Found, unit: str, head: str) -> None:
        """Give a count the unit `unit` whose head noun is `head` (category from the head)."""
        item.unit = unit
        item.unit_head = singular(head.lower(), self.units)
        item.category = unit_category([head], item.unit_head, self.units)  # (case kept: "Gambians" are people)
        if code := self._currency_mark(unit) or currency_for_noun(unit, self.currencies):
            item.currency, item.category = code, "money"  # a table's "(US$)", "(USD)", "(baht)": the column's amounts
        elif head == "age":
            item.category = "age"

    @staticmethod
    def _funding_period(ctx: _Context, item: _Found, found: list[_Found]) -> bool:
        """"pledged €10 million for reintegration over three years", "an increase of 8.4 million over four
        years": "over" spans the period an amount in the same clause is spread across (the duration ends
        the clause), it does not say "more than"."""
        a, b = ctx.clause_bounds(item.start)
        ends_clause = item.end >= b or ctx.text(item.end) in (".", ",", ";", ":", ")")
        right_after = bool(found) and found[-1].end == item.start  # "8.4 million over four years"
        return ends_clause and (right_after or any(f.category == "money" and a <= f.start < item.start
                                                   for f in found[-3:]))

    def _share_heads(self, ctx: _Context, found: list[_Found]) -> None:
        """A count whose noun phrase is only a modifier takes the head of the count joined right after it:
        "127 federal and 298 state investigations", "5 sex trafficking and 3 labor trafficking cases"."""
        lex = self.units
        for item, nxt in zip(found, found[1:]):
            gap = ctx.texts[item.end:nxt.start]
            if not item.unit and item.number.low is None and len(gap) == 2 and gap[1] == "and" and gap[0].isalpha() \
                    and gap[0].islower() and nxt.unit and " " in nxt.unit and nxt.category not in _MEASURES \
                    and looks_plural(nxt.unit.split()[-1].lower(), lex) and gap[0] not in lex.stop_words:
                # "100,000 documented and 60,000 undocumented foreign workers": the modifier, then the shared head
                head = nxt.unit.split()[-1]
                item.unit, item.end = f"{gap[0]} {head}", item.end + 1
                item.unit_head, item.category, item.inherited = nxt.unit_head, nxt.category, True
                continue
            if not item.unit or item.category in _MEASURES or not nxt.unit \
                    or nxt.category in _MEASURES or item.inherited:
                continue
            gap = ctx.texts[item.end:nxt.start]
            last = item.unit.split()[-1].lower()
            # a singular noun after a count above one is a modifier: "109 child and 63 adult victims"
            modifier = item.number.value is not None and item.number.value > 1 and singular(last, lex) == last
            if gap not in (["and"], ["or"], [","], [",", "and"]) or looks_plural(last, lex) \
                    or (singular(last, lex) in lex.head_category and not modifier) or " " not in nxt.unit:
                continue
            head = nxt.unit.split()[-1]
            if not looks_plural(head.lower(), lex):
                continue
            item.unit = f"{item.unit} {head}"
            item.unit_head, item.category, item.inherited = nxt.unit_head, nxt.category, True

    @staticmethod
    def _others_of(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The count "N others" adds to, in its sentence: the one after the same verb ("assisted 46 survivors,
        and two shelters assisted 58 others"), else the nearest not after a preposition ("pulled 186 migrants
        from nine small boats ... 300 others": not the boats)."""
        sent = ctx.sent_index(item.start)
        same = [f for f in reversed(found) if f.unit and ctx.sent_index(f.start) == sent
                and f.category not in _MEASURES and not f.unit.lower().startswith("other")]
        verb = ctx.low(item.start - 1) if item.start else ""
        for f in same:
            if f.start and ctx.low(f.start - 1) == verb and verb.endswith("ed"):
                return f
        for f in same:
            before = {ctx.low(k) for k in range(max(0, f.start - 2), f.start)}
            if before & {"from", "among", "in", "on", "at", "with", "by", "to", "into"}:
                continue
            if verb and f.end < item.start and ctx.low(f.end) == verb:
                continue  # the subject of the verb before "others": "Two NGO-run shelters assisted 58 others"
            return f
        return None

    def _sex_of_group(self, ctx: _Context, item: _Found, found: list[_Found]) -> None:
        """"identified 32 victims ...; 29 were female": female victims, the sex of the group counted last in
        the sentence (victims before other people)."""
        sent = ctx.sent_index(item.start)
        same = [f for f in reversed(found) if f.unit and ctx.sent_index(f.start) == sent and not f.inherited
                and f.unit not in _SEXES and f.category in ("victims", "people")]
        group = next((f for f in same if f.category == "victims"), same[0] if same else None)
        if group is not None:
            head = group.unit.split()[-1]
            item.unit, item.unit_head, item.category = f"{item.unit} {head}", group.unit_head, group.category
        elif (scope := ctx.of_the_scope(item.start, reach=60)) is not None and looks_plural(scope[1].lower(), self.units):
            # "Of the victims identified, 80 were female": the group the sentence opened with
            head = scope[1]
            item.unit, item.unit_head = f"{item.unit} {head}", singular(head, self.units)
            item.category = unit_category(item.unit.split(), item.unit_head, self.units)

    @staticmethod
    def _vote_tallies(ctx: _Context, found: list[_Found]) -> None:
        """A vote's tally, two whole numbers joined by a hyphen after a word for voting: "Senators voted 43-2",
        "the House approved it 89-4", "a 5-4 ruling" (votes for and votes against)."""
        for item, nxt in zip(found, found[1:]):
            if ctx.texts[item.end:nxt.start] not in (["-"], ["\u2013"]) or ctx.space[item.end - 1] \
                    or ctx.space[item.end] or item.unit is not None or nxt.unit is not None \
                    or item.number.end != item.end or nxt.number.start != nxt.start:
                continue
            before = {ctx.lows[t] for t in range(max(ctx.sent_start(item.start), item.start - 4), item.start)}
            after = ctx.lows[nxt.end] if nxt.end < len(ctx.lows) else ""
            if before & _VOTE_WORDS or after in ("vote", "votes", "ruling", "decision", "majority", "margin"):
                for f in (item, nxt):
                    f.unit, f.unit_head, f.category = "votes", "vote", "other"

    def _people_to_a_place(self, ctx: _Context, found: list[_Found]) -> None:
        """How many share a place: "The men were housed in crowded trailers, as many as 14 to a unit", "living eight
        to a three-bedroom house" (the people named before, else people)."""
        n = len(ctx.lows)
        for item in found:
            # (the number right before "to a ...": whatever unit it took, it took from elsewhere)
            if item.number.currency or item.number.unit or item.currency or item.end != item.number.end \
                    or item.end + 2 >= n \
                    or ctx.lows[item.end] != "to" or ctx.lows[item.end + 1] not in ("a", "an", "each", "every") \
                    or not any(ctx.lows[k] in self.units.shared_places for k in range(item.end + 2, min(n, item.end + 6))):
                continue
            noun = ctx.antecedent_before(item.start)
            _take_unit(item, self._unit_of(item, *noun) if noun is not None else self._unit_of(item, "people", "people"))

    @staticmethod
    def _same_count_again(ctx: _Context, found: list[_Found]) -> None:
        """A bare number that names again people counted elsewhere in the story counts them: "All three
        pleaded not guilty" (the three suspects charged before), "ordered the two to pay", a headline's
        "Court jails six for trafficking" (the six defendants its story names after)."""
        counted = [f for f in found if f.unit and f.category in _GROUP_CATEGORIES and f.number.value is not None
                   and f.qualifier == "exact"]
        if not counted:
            return
        headline_end = ctx.doc_text.find("\n")
        for item in found:
            number = item.number
            if (item.unit and not item.inherited) or number.value is None or number.currency or number.unit \
                    or item.qualifier != "exact" \
                    or number.value != int(number.value) or not 2 <= number.value <= 99:
                continue
            before = ctx.low(item.start - 1) if item.start > 0 else ""
            in_headline = 0 <= headline_end and ctx.idx[item.start] < headline_end
            if before in ("the", "all", "both"):  # (a count named again wins over the one just before)
                same = next((f for f in reversed(counted) if f.end <= item.start and f.number.value == number.value), None)
            elif in_headline:
                same = next((f for f in counted if f.start > item.end and f.number.value == number.value), None)
            else:
                continue
            if same is not None:
                _take_unit(item, same)

    @staticmethod
    def _sample_counted_before(ctx: _Context, found: list[_Found]) -> None:
        """A sample's size the text counted before counts what it counted: "Of the 147 members referred ..." then
        "(n = 147)" (members, not respondents)."""
        for k, item in enumerate(found):
            if item.unit == "respondents" and item.start >= 2 and ctx.texts[item.start - 1] == "=":
                same = next((f for f in reversed(found[:k]) if f.number.value == item.number.value and f.unit
                             and not f.inherited), None)
                if same is not None:
                    _take_unit(item, same)

    @staticmethod
    def _parts_before_a_total(ctx: _Context, found: list[_Found]) -> None:
        """Bare figures in brackets after places, then the count they make up: "Mombasa (68), Nairobi (61), Busia (39)
        and Kilifi (33) together accounted for 201 referrals" (each counts referrals; the sum or "together" says so)."""
        k = 0
        while k < len(found):
            parts = []
            while k < len(found) and (f := found[k]).unit is None and f.start >= 2 and ctx.texts[f.start - 1] == "(" \
                    and f.end < len(ctx.texts) and ctx.texts[f.end] == ")" and ctx.alpha[f.start - 2] \
                    and ctx.texts[f.start - 2][:1].isupper() and f.number.value is not None \
                    and (not parts or ctx.sent_index(f.start) == ctx.sent_index(parts[0].start)):
                parts.append(f)
                k += 1
            if len(parts) >= 2 and k < len(found):
                total = found[k]
                between = ctx.lows[parts[-1].end:total.start]
                if total.unit and total.category not in _MEASURES \
                        and ctx.sent_index(total.start) == ctx.sent_index(parts[0].start) \
                        and (total.number.value == sum(p.number.value for p in parts)
                             or any(w in ("together", "combined", "total") for w in between)):
                    for p in parts:
                        _take_unit(p, total)
            k += 1 if not parts else 0

    @staticmethod
    def _parts_of_an_earlier_count(ctx: _Context, found: list[_Found]) -> None:
        """Bare figures listed after their labels in one sentence (no unit of their own, or only one carried over) that
        add up to a count made shortly before break that count down: "11 new admissions" ... "Country of exploitation:
        Russia 4, Türkiye 3, Moldova 2, Germany 1, United Arab Emirates 1" counts admissions. Three parts at least, so a
        sum is no coincidence."""
        by_sentence: dict[int, list[_Found]] = {}
        for f in found:
            if (f.unit is None or f.inherited) and f.number.value is not None and f.start == f.number.start and f.start > 0 \
                    and (ctx.alpha[f.start - 1] or ctx.texts[f.start - 1] == ")") \
                    and not num.is_calendar_year(ctx.text(f.start)):
                before = ctx.texts[ctx.sent_start(f.start):f.start]
                if before.count("(") == before.count(")"):  # (not a part of a part, in brackets: "3 (two in ...)")
                    by_sentence.setdefault(ctx.sent_index(f.start), []).append(f)
        for parts in by_sentence.values():
            if len(parts) < 3 or any(ctx.texts[p.end] not in (",", ".", ";", "(") for p in parts if p.end < len(ctx.texts)):
                continue  # (each part ends its item: "Russia 4, Türkiye 3 (...)")
            total = sum(p.number.value for p in parts)
            reach = ctx.idx[parts[0].start] - 3000
            whole = next((f for f in reversed(found) if f.end <= parts[0].start and ctx.idx[f.start] >= reach
                          and f.unit and f.category not in _MEASURES and f.number.value == total), None)
            if whole is not None:
                for p in parts:
                    _take_unit(p, whole)

    @staticmethod
    def _more_of_places(ctx: _Context, found: list[_Found]) -> None:
        """"29 citizens of Afghanistan, 11 of Pakistan and three of Bangladesh": a count "of" a country after a count of
        people "of" another counts the same people (not the country)."""
        for k, item in enumerate(found):
            if k == 0 or not item.unit or item.number.end >= len(ctx.lows) or ctx.lows[item.number.end] != "of" \
                    or lookup_country(item.unit) is None:
                continue
            prev = found[k - 1]
            of = next((e for e in (prev.end, prev.number.end) if e + 1 < len(ctx.lows) and ctx.lows[e] == "of"), None)
            if prev.unit and prev.category in _GROUP_CATEGORIES and ctx.sent_index(prev.start) == ctx.sent_index(item.start) \
                    and of is not None and lookup_country(ctx.text(of + 1)) is not None:
                _take_unit(item, prev)

    @staticmethod
    def _respectively(ctx: _Context, found: list[_Found]) -> None:
        """Bare numbers listed before "respectively" count, in order, what the counts of their clause count: "convicted
        41 traffickers and 63 individuals ..., compared with 37 and 55 respectively in 2023" (37 traffickers)."""
        for k, item in enumerate(found):
            end = item.end
            if end >= len(ctx.lows) or not (ctx.lows[end] == "respectively" or (
                    ctx.texts[end] == "," and end + 1 < len(ctx.lows) and ctx.lows[end + 1] == "respectively")) \
                    or item.number.end != end or (item.category in _MEASURES and not item.inherited):
                continue  # (the last figure bare too: "compared with 6,492 and 1,648 announcements" names its own)
            listed = [item]  # the bare numbers of the list, back from the last one
            j = k
            while j > 0 and ctx.texts[found[j - 1].end:found[j].start] in ([","], ["and"], [",", "and"]) \
                    and found[j - 1].number.end == found[j - 1].end:
                j -= 1
                listed.insert(0, found[j])
            sent = ctx.sent_index(item.start)
            # (a count that borrowed its noun counts too: "610 operations related to sex trafficking and 339 related
            # to forced labor (510 and 401, respectively, in 2016)"; a measure is no count: "up to 12 months")
            counts = [f for f in found[:j] if ctx.sent_index(f.start) == sent and f.unit and f.category not in _MEASURES]
            if len(listed) < 2 or len(counts) < len(listed):
                continue
            for bare, count in zip(listed, counts[-len(listed):]):
                _take_unit(bare, count)

    @staticmethod
    def _share_measure_back(ctx: _Context, found: list[_Found]) -> None:
        """Bare numbers listed before a measure measure what it measures: "when they were 14, 15, 16 years
        old" (three ages), "528,300 and 265,000 Bahraini dinar" (two sums), whatever a bare number borrowed
        before ("the girls were 14, ..."). So does a bare count before a parallel gerund: "compared with
        identifying 91 and referring 77 victims"."""
        for item, nxt in reversed(list(zip(found, found[1:]))):
            if item.number.end != item.end or item.number.low is not None \
                    or (item.category in ("money", "percent") and not item.inherited) \
                    or (item.category == "age" and (nxt.category in ("money", "percent") or ctx.texts[item.end:item.end + 1] == [";"])):
                continue  # (a sum with its own sign: "€186,500 and 1.2 million leke"; ages before a fine: "the
                # defendants, aged 38 and 44, BD2,000 each"; a person's age closing a list item: "his nephew, Javier
                # Olvera, 29; and two crew leaders")
            if nxt.category == "percent" and (not nxt.unit or (item.number.value or 0) > 100 or (
                    nxt.unit == "percent" and nxt.number.rule.startswith(("fraction", "ratio")))):
                continue  # a share in words after a count is the count's share: "about 145,000, roughly a third of",
                # "were under 25, and one in three identified as Indigenous"
            if item.start >= 2 and ctx.low(item.start - 1) in ("other", "remaining") and ctx.low(item.start - 2) == "the":
                continue  # "the other three; one court ...": the rest of a count named before
            gap = ctx.texts[item.end:nxt.start]
            if nxt.category == "percent" and nxt.start < nxt.number.start and gap == [","]:
                continue  # a qualified share set off after a count is the count's share: "Of these, 96, roughly 8 percent,"
            # (or a higher figure given as an alternative: "We worked 18, sometimes 20 hours")
            listed = (gap in ([","], [",", "and"], ["and"], ["or"]) or gap in _ALTERNATIVE_GAPS) \
                and nxt.category in _MEASURES \
                or gap in ([";"], [";", "and"]) and nxt.unit is not None \
                and nxt.category not in _MEASURES  # "identified 355; 1,815; and 2,899
            # victims" (not a share after the count: "Albanian (562; 12%)")
            parallel = nxt.unit is not None and nxt.category not in _MEASURES \
                and len(gap) == 2 and gap[0] == "and" and gap[1].islower() and gap[1].endswith("ing") \
                and item.start > 0 and ctx.low(item.start - 1).endswith("ing")
            if listed or parallel:
                item.unit, item.unit_head, item.category, item.inherited = nxt.unit, nxt.unit_head, nxt.category, True
                item.currency = nxt.currency

    @staticmethod
    def _parallel_ages(ctx: _Context, found: list[_Found]) -> None:
        """A bare number after "and", before "for", that sets the same kind of limit as an age before it in the sentence
        is an age too: "must be at least 25 years old to go to Saudi Arabia and at least 23 for other Gulf countries"
        (not a count after a description: "girls aged 15 were sent to Oman and 30 for ...")."""
        for item in found:
            if item.unit is not None or item.category not in (None, "other") or item.start < 2 \
                    or item.number.end != item.end or item.end >= len(ctx.lows) or ctx.lows[item.end] != "for":
                continue
            k = item.start - 1
            if ctx.lows[k] != "and":
                continue
            sent = ctx.sent_index(item.start)
            age = next((f for f in reversed(found) if f.end <= k and f.category == "age"
                        and ctx.sent_index(f.start) == sent and k - f.end <= 12), None)
            if age is None or age.qualifier != item.qualifier or not {"for", "in", "to"} & set(ctx.lows[age.end:k]) \
                    or not (age.qualifier != "exact" or (age.unit or "").endswith(("old", "of age"))):
                continue  # (what each limit is for, after both: "... 25 years old to go to Saudi Arabia and 23 for ...")
            item.unit, item.unit_head, item.category, item.inherited = "years", "year", "age", True

    @staticmethod
    def _share_measure(ctx: _Context, found: list[_Found]) -> None:
        """A change "from X to Y <measure>" measures X as it does Y: "increased the terms of imprisonment
        from five to eleven years" (five years), "increased the maximum penalty from 10 to 25 years" (both
        maximums)."""
        for item, nxt in zip(found, found[1:]):
            # (a bare first number's unit guessed from around it yields: "the police Vice Squad's team had
            # grown from six to 14 officers")
            guessed = item.unit is None or item.inherited or item.end == item.number.end
            measured = nxt.category in ("duration", "money", "percent") or (
                nxt.unit is not None and guessed)  # "from 29 to 44 centers"
            if not measured or item.category == nxt.category and item.unit is not None and item.unit == nxt.unit \
                    or ctx.texts[item.end:nxt.start] != ["to"] or item.start == 0 or ctx.low(item.start - 1) != "from" \
                    or item.number.end != item.end or (nxt.change is None and not ctx.change_before(item.start)):
                continue
            item.unit, item.unit_head, item.category, item.currency = nxt.unit, nxt.unit_head, nxt.category, nxt.currency
            if item.qual_rule and item.qual_rule.startswith("scope") and nxt.qualifier == "exact":
                nxt.qualifier, nxt.qual_rule = item.qualifier, item.qual_rule

    def _count_of_crime_type(self, ctx: _Context, item: _Found, found: list[_Found]) -> None:
        """A breakdown by kind of crime counts what the total before it counts: "212 trafficking cases
        (82 sex trafficking and 130 labor trafficking)", "212 victims (82 of sex trafficking)"."""
        prev = self._inherit(ctx, item, found)
        # (any plural count a bracket right after it breaks down: "70 reports of trafficking (52 sex trafficking,
        # 18 labor trafficking)")
        opened = next((k for k in range(item.start - 1, max(0, item.start - 16), -1) if ctx.texts[k] in ("(", ")")), None)
        if looks_plural(item.unit.split()[-1].lower(), self.units):
            opened = None  # (a plural counts itself: "3,337 violations")
        if opened is not None and ctx.texts[opened] == "(":
            whole = next((f for f in reversed(found) if f.end <= opened and opened - f.end <= 4), None)
            if whole is not None and whole.unit and looks_plural(whole.unit.split()[-1].lower(), self.units):
                prev = whole
        bracketed = prev is not None and opened is not None and prev.end <= opened
        if prev is None or not prev.unit or (prev.category not in _COUNTED_BY_CRIME and not bracketed):
            # a long list after "Of these potential victims, 74 were for forced labor; 50 sexual exploitation; ..."
            scope = ctx.of_the_scope(item.start, reach=120)
            if scope is None or not looks_plural(scope[1].lower(), self.units):
                return
            self._count_as(item, f"{item.unit} {scope[1]}", scope[1])
            item.inherited = True
            return
        item.unit = f"{item.unit} {prev.unit.split()[-1]}"
        item.unit_head, item.category, item.inherited = prev.unit_head, prev.category, True

    def _walk_unit(self, ctx: _Context, number: _Number):
        """(start, end, words, head, is_age) of the noun phrase counted by the number, or None."""
        lex = self.units
        n = ctx.sent_end(number.start)
        j = number.end
        if j >= n:
            return None
        if number.start > 0 and ctx.low(number.start - 1) == "aged" and ctx.alpha[j] and ctx.low(j).endswith("ing") \
                and ctx.low(j) not in lex.head_category:
            return None  # "children aged 15 and 16 picking cotton": the ages, then what the children were doing
        if number.start >= 2 and ctx.low(number.start - 1) in ("which", "whom") and ctx.low(number.start - 2) == "of" \
                and ctx.low(j).endswith("ed") and ctx.low(j) not in lex.head_category:
            return None  # "investigations ..., of which 31 concerned forced labour": a verb; the whole is named before
        whom = next((k for k in range(number.start - 1, max(0, number.start - 4) - 1, -1)
                     if ctx.low(k) in ("whom", "which")), None)
        if whom is not None and whom >= 1 and ctx.low(whom - 1) == "of" and ctx.alpha[j] \
                and all(ctx.alpha[k] for k in range(whom + 1, number.start)) \
                and not looks_plural(ctx.low(j), lex) and ctx.low(j) not in lex.head_category \
                and singular(ctx.low(j), lex) not in lex.head_category and ctx.low(j) not in lex.stop_words:
            return None  # "Afghan migrants, of whom approximately 1.5 million lack legal status": a verb after it
        if ctx.low(j) == "plus" or (j + 1 < n and ctx.text(j) in _DASHES and ctx.low(j + 1) == "plus"):
            return None  # a bound, then the noun: "50-plus pieces of legislation" (read with the qualifier after it)
        # a temperature: "exceed 45°C", "45 °F"
        if ctx.text(j) == "\u00b0" and j + 1 < n and ctx.text(j + 1) in ("C", "F") and not ctx.space[j]:
            return j, j + 2, ["\u00b0" + ctx.text(j + 1)], "\u00b0" + ctx.text(j + 1), False
        # a supply chain's tier between the count and its noun: "1,118 Tier 1 factories", "300 Tier 2 sites"
        if j + 2 < n and ctx.low(j) == "tier" and ctx.text(j + 1) in ("1", "2", "3", "4") and ctx.alpha[j + 2]:
            sub = self._np(ctx, j + 2, n)
            if sub is not None and looks_plural(sub[3].lower(), lex):
                return j, sub[1], [ctx.text(t) for t in range(j, sub[1])], sub[3], False
        # a measure between the count and its noun: "two 16-storey apartment blocks", "three 40-tonne trucks"
        if j + 3 < n and _DIGITS.fullmatch(ctx.text(j)) and ctx.text(j + 1) in _DASHES and not ctx.space[j] \
                and not ctx.space[j + 1] and ctx.alpha[j + 2] and ctx.alpha[j + 3] and not number.currency:
            sub = self._np(ctx, j + 3, n)
            if sub is not None and looks_plural(sub[3].lower(), lex):
                return j, sub[1], [ctx.text(t) for t in range(j, sub[1])], sub[3], False
        # compounds: "17-member", "14-year-old", "16-years-old", "15-month"
        if ctx.text(j) in _DASHES and not ctx.space[j - 1] and not ctx.space[j] and j + 1 < n \
                and ctx.alpha[j + 1]:
            k = j + 1
            word = ctx.low(k)
            if word == "strong" and k + 1 < n and ctx.alpha[k + 1]:
                return self._np(ctx, k + 1, n)  # "the city's 385,000-strong foreign domestic workforce"
            if k + 2 < n and ctx.text(k + 1) in _DASHES and ctx.low(k + 2) in ("old", "olds"):
                return j + 1, k + 3, [ctx.text(k)], ctx.text(k), True
            if word in lex.stop_words or word in ("and", "or") or word in num.NUMBER_WORDS:
                return None
            if word in ("square", "cubic") and k + 2 < n and ctx.text(k + 1) in _DASHES and not ctx.space[k] \
                    and ctx.alpha[k + 2]:
                return j + 1, k + 3, [ctx.text(k), ctx.text(k + 2)], ctx.text(k + 2), False  # "40-square-metre"
            return j + 1, k + 1, [ctx.text(k)], ctx.text(k), False
        # people named by their age: "eight 15-year-olds", "eight 14- and 15-year-olds"
        a = j + 2 if j + 2 < n and ctx.text(j).endswith("-") and ctx.text(j)[:-1].isdigit() \
            and ctx.low(j + 1) in ("and", "or", "to") else j
        if a + 4 < n and ctx.text(a).isdigit() and ctx.text(a + 1) in _HYPHENS and ctx.low(a + 2) == "year" \
                and ctx.text(a + 3) in _HYPHENS and ctx.low(a + 4) == "olds":
            return j, a + 5, [ctx.span_text(j, a + 5)], "year-olds", False
        # a quoted figure before its noun: 'a spokesman said "fewer than 20" venues still ...'
        if ctx.text(j) in ('"', "\u201d") and j + 1 < n and ctx.alpha[j + 1] \
                and any(ctx.text(k) in ('"', "\u201c") for k in range(max(0, number.start - 4), number.start)):
            sub = self._np(ctx, j + 1, n)
            if sub is not None and looks_plural(sub[3].lower(), lex):
                return sub
        # a quoted name between the number and its noun: '22 "Victims of Violence" centers'
        if ctx.text(j) in ('"', "\u201c", "'", "\u2018"):  # (or single: "2,400 'fake' companies")
            closing = ('"', "\u201d") if ctx.text(j) in ('"', "\u201c") else ("'", "\u2019")
            close = next((k for k in range(j + 1, min(n, j + 10)) if ctx.text(k) in closing), None)
            if close is not None and close > j + 1 and close + 1 < n and ctx.alpha[close + 1]:
                sub = self._np(ctx, close + 1, n)
                if sub is not None and looks_plural(sub[3].lower(), lex):
                    return j, sub[1], [ctx.text(t) for t in range(j, sub[1])], sub[3], sub[4]
        # "of whom 41 were identified as trafficking victims", "an estimated 173,000 work as domestic workers"
        k = j + 2 if ctx.low(j) in ("were", "was") and j + 2 < n and ctx.low(j + 1) in _CLASSED_AS else \
            j + 1 if ctx.low(j) in _WORK_AS else None
        if k is not None and k + 1 < n and ctx.low(k) == "as":
            sub = self._np(ctx, k + 1, n)
            if sub is not None and lex.head_category.get(singular(sub[3].lower(), lex)) in ("people", "victims"):
                return sub
        # "Of those rescued, 18 are men and 11 are women", "Two were 16-year-old boys", "five were Thai
        # nationals": a count of people with a copula before the noun (an age or a capitalised word between)
        if ctx.low(j) in ("are", "were") and j + 1 < n and ctx.low(j + 1) in _SEXES:
            return j + 1, j + 2, [ctx.text(j + 1)], ctx.text(j + 1), False  # "29 were female and three were male"
        if ctx.low(j) in ("are", "were") and j + 1 < n and not (
                number.start >= 2 and ctx.low(number.start - 1) == "the" and ctx.low(number.start - 2) == "of"):
            # (not the whole of a part: in "eight of the 31 were children" the eight are)
            k = first = self._skip_age_compound(ctx, j + 1, n)  # the age is a quantity of its own
            def modifier(t: int) -> bool:
                return t + 1 < n and ctx.alpha[t] and ctx.low(t) not in lex.stop_words and not looks_plural(ctx.low(t), lex)

            if k == j + 1 and modifier(k) and ctx.low(k + 1) in ("or", "and") and modifier(k + 2):
                k += 3  # "132 were unaccompanied or separated children"
            for _ in range(2 if k == j + 1 else 0):  # "Thai", "foreign", "unaccompanied", "labor trafficking"
                if modifier(k):
                    k += 1
            if k < n and looks_plural(ctx.low(k), lex) \
                    and lex.head_category.get(singular(ctx.low(k), lex)) in ("people", "victims") \
                    and (k + 1 >= n or not ctx.alpha[k + 1] or ctx.low(k + 1) in _AFTER_COUNTED_PEOPLE
                         or (ctx.low(k + 1).endswith("ing") and len(ctx.low(k + 1)) > 5) or _participle_phrase(ctx, k + 1)) \
                    and ctx.of_the_scope(number.start) is None:
                # ("634 were women travelling to Oman"; not "Of the victims, 33 were children": victims)
                return j + 1, k + 1, [ctx.text(t) for t in range(first, k + 1)], ctx.text(k), False
        # "... and one was a child", "one was a foreign national": the one person of a group, singular
        if number.value == 1 and ctx.low(j) == "was" and j + 2 < n and ctx.low(j + 1) in ("a", "an") \
                and number.start > 0 and ctx.low(number.start - 1) in ("and", ";", ","):
            k = j + 2
            if k + 1 < n and ctx.alpha[k] and ctx.alpha[k + 1] and ctx.low(k) not in lex.stop_words:
                k += 1  # "a foreign national"
            if ctx.alpha[k] and lex.head_category.get(ctx.low(k)) in ("people", "victims") \
                    and (k + 1 >= n or not ctx.alpha[k + 1] or ctx.low(k + 1) in _AFTER_COUNTED_PEOPLE
                         or _participle_phrase(ctx, k + 1)):
                return j + 2, k + 1, [ctx.text(t) for t in range(j + 2, k + 1)], ctx.text(k), False
        # a bracketed share or figure between the number and its noun: "28 (18 percent) convicted traffickers"
        after = self._after_bracket(ctx, j, n)
        if after != j:
            sub = self._np(ctx, after, n)
            if sub is not None and singular(sub[3], lex) in lex.head_category:
                return sub
            return None
        if ctx.low(j) in ("more", "other") and j + 2 < n and ctx.low(j + 1) == "of" \
                and ctx.low(j + 2) in ("the", "these", "those", "them"):
            j += 1  # "traced eight more of the women": a part of the group, as "eight of the women" is
        # "Nearly 300 of you gave", "12 of us slept in one room": the people the writer speaks to or for
        if ctx.low(j) == "of" and j + 1 < n and ctx.low(j + 1) in ("you", "us") and not number.vague:
            return j + 1, j + 2, [ctx.text(j + 1)], ctx.text(j + 1), False
        # "58% of them women and 1,142 of them children": a part of a group, named by the noun after "of them"
        if ctx.low(j) == "of" and j + 2 < n and ctx.low(j + 1) in ("them", "those", "whom") \
                and looks_plural(ctx.low(j + 2), lex) and lex.head_category.get(singular(ctx.low(j + 2), lex)) in ("people", "victims") \
                and not (number.start > 0 and ctx.low(number.start - 1) in ("at", "in", "on", "aboard")):
            # (not places: "at nine of them workers were being paid less": nine of the car washes)
            return j + 2, j + 3, [ctx.text(j + 2)], ctx.text(j + 2), False
        # "convicted 21 of trafficking": the crime they were convicted of, not a part of 21
        if ctx.low(j) == "of" and number.start > 0 and ctx.low(number.start - 1) in _VERBS_OF_CRIME \
                and not number.vague and j + 1 < n and ctx.low(j + 1) not in _POSSESSIVE_DETS \
                and not ctx.likenum[j + 1]:
            return None  # (but "convicted 156 of these traffickers", "seven of the eight suspects" are parts)
        # partitive and vague "of": "Four of the 63 suspected traffickers", "six out of nine", "thousands of men"
        if ctx.low(j) == "of" or (ctx.low(j) == "out" and j + 1 < n and ctx.low(j + 1) == "of"):
            k = j + 1 if ctx.low(j) == "of" else j + 2
            if k + 1 < n and ctx.low(k) == "those" and ctx.low(k + 1) in _GROUP_PARTICIPLES:
                return k, k + 2, [ctx.text(k), ctx.text(k + 1)], ctx.text(k + 1), False  # "Nine of those arrested"
            if k + 2 < n and ctx.low(k) in ("last", "this", "the", "previous") and ctx.texts[k + 2] in ("'s", "\u2019s") \
                    and ctx.low(k + 1) in ("year", "month", "week"):
                k += 3  # "2,144 of last year's missing interns"
            while k < n and ctx.low(k) in _POSSESSIVE_DETS:
                if ctx.low(k) in _PARTITIVE_PRONOUNS:
                    # "12 of them fled": the counted thing is named before ("eight of them are minors": after)
                    return self._people_after_copula(ctx, k + 1, n)
                k += 1
            owner = k + 1  # an owner before the whole: "11 of the country's 22 departments", "five of the
            while owner < n and owner - k < 8 and (  # International Labour Organization's 11 indicators"
                    (ctx.alpha[owner] and ctx.text(owner)[:1].isupper()) or ctx.low(owner) in ("of", "for", "on")):
                owner += 1
            if owner + 1 < n and ctx.texts[owner] in ("'s", "\u2019s") and (ctx.likenum[owner + 1] or (
                    owner + 2 < n and ctx.low(owner + 1) in _HEDGES_IN_A_WHOLE and ctx.likenum[owner + 2])):
                k = owner + 1  # (a hedge may come first: "38 of the country's roughly 850 licensed agencies")
            if k + 2 < n and ctx.low(k) in ("a", "an") and ctx.low(k + 1) in _HEDGES_IN_A_WHOLE and ctx.likenum[k + 2]:
                k += 2  # "64 of a planned 80 in-depth interviews"
            elif k + 1 < n and ctx.low(k) in _HEDGES_IN_A_WHOLE and ctx.likenum[k + 1]:
                k += 1  # "63 of the roughly 850 manpower agencies", "12 of the planned 20 shelters"
            elif k + 2 < n and ctx.alpha[k] and ctx.texts[k + 1] in ("'s", "\u2019s") and ctx.alpha[k + 2] \
                    and not ctx.likenum[k + 2]:
                k += 2  # an owner in lower case: "two of the company's Egyptian employees"
            if k < n and not number.vague:
                inner = self._read_number(ctx, k) if not ctx.skip[k] else None
                if inner is None:
                    if number.first_word in ("one",):
                        return None
                    if ctx.low(k) in ("total", "whole"):  # "3.3 million of the total are children"
                        return self._people_after_copula(ctx, k + 1, n) or self._np(ctx, k, n)
                    sub = self._np(ctx, k, n)
                    return sub
                if not inner.unit and (part := self._people_after_copula(ctx, inner.end, n)) is not None:
                    return part  # "eight of the 31 were children"
                sub = self._np(ctx, self._after_bracket(ctx, inner.end, n), n) if not inner.unit else None
                return sub
            return self._np(ctx, k, n)
        if ctx.text(j)[:1].isupper() and (named := self._noun_after_name(ctx, j, n)) is not None:
            return named  # "six Bureau of Immigration (BI) employees"
        found = self._np(ctx, j, n)
        if found is not None and number.value != 1 and self._verb_then_object(found):
            return None  # "Of the investigations, 104 involved sex trafficking": a verb and its object
        if found is not None and number.value is not None and number.value > 1 and found[1] + 1 < n \
                and ctx.lows[found[1]] == "of" and not looks_plural(found[3].lower(), lex) \
                and found[3].lower() in lex.head_category:
            # a singular noun after a count opens a compound that goes on to the plural counted: "22 victim of
            # trafficking work visas" (the visas)
            k = next((t for t in range(found[1] + 1, min(n, found[1] + 5)) if not ctx.alpha[t]
                      or looks_plural(ctx.lows[t], lex)), None)
            if k is not None and ctx.alpha[k] and ctx.lows[k] not in lex.stop_words:
                return j, k + 1, [ctx.text(t) for t in range(j, k + 1)], ctx.text(k), False
        return found

    def _people_after_copula(self, ctx: _Context, k: int, n: int):
        """(start, end, words, head, False) of the plural noun of people after "are"/"were" at token k ("eight
        of them are minors", "eight of the 31 were children"), else None."""
        lex = self.units
        if k + 1 >= n or ctx.low(k) not in ("are", "were") or not ctx.alpha[k + 1]:
            return None
        if ctx.low(k + 1) in _SEXES:
            return k + 1, k + 2, [ctx.text(k + 1)], ctx.text(k + 1), False  # "of whom 29 were female"
        head = k + 1
        for _ in range(2):  # a word or two before the noun: "13 of whom were trafficking victims", "two were
            # labor trafficking victims"
            if head + 1 < n and ctx.alpha[head + 1] and ctx.low(head) not in lex.stop_words \
                    and not looks_plural(ctx.low(head), lex):
                head += 1
        if not looks_plural(ctx.low(head), lex) \
                or lex.head_category.get(singular(ctx.low(head), lex)) not in ("people", "victims"):
            return None
        return k + 1, head + 1, [ctx.text(t) for t in range(k + 1, head + 1)], ctx.text(head), False

    def _noun_after_name(self, ctx: _Context, j: int, n: int):
        """The plural noun after the name of a body, its acronym in brackets maybe: "two Department of
        Justice (DOJ) victim-witness coordinators" counts coordinators (the whole is the unit)."""
        k = j
        while k < n and k - j < 10 and ((ctx.alpha[k] and ctx.text(k)[:1].isupper())
                                        or (k > j and ctx.low(k) in ("of", "and", "for", "the", "on"))):
            k += 1
        words = k - j
        if k + 2 < n and ctx.text(k) == "(" and ctx.text(k + 2) == ")" and _is_acronym(ctx.text(k + 1)):
            k += 3
        # (one capitalised word before a verb is the subject: "One NGO noted", "5,000 Swedes commit")
        if words < 2 or k >= n or not ctx.alpha[k] or not ctx.text(k)[:1].islower() \
                or ctx.low(k - 1) in ("of", "and", "for", "the", "on") or ctx.low(k).endswith(("ed", "ing")):
            return None
        sub = self._np(ctx, k, n)
        if sub is None or not looks_plural(sub[3].lower(), self.units):
            return None
        return j, sub[1], [ctx.text(t) for t in range(j, k)] + sub[2], sub[3], False

    def _verb_then_object(self, found) -> bool:
        """Whether words read after a number are a past-tense verb and its object, not a noun phrase: the
        first ends in -ed and the last is no plural ("involved sex trafficking", "required imprisonment";
        not "trafficked persons", nor a crime right after "forced": "nine forced labor")."""
        lex = self.units
        words, head = found[2], found[3]
        if len(words) > 2 and words[0].lower().endswith("ly"):
            words = words[1:]  # an adverb before the verb: "45 ultimately accepted shelter"
        first = words[0].lower()
        if first in _ATTRIBUTIVE_PARTICIPLES and len(words) >= 2 and head.lower() in lex.crime_types:
            return True  # no count of a crime in the singular: "Two reported sexual abuse" (but "two reported cases")
        if len(words) < 2 or len(first) < 6 or not first.endswith("ed") or first in lex.head_category \
                or first in _ATTRIBUTIVE_PARTICIPLES or head[:1].isupper() or looks_plural(head.lower(), lex):
            return False  # ("1,000 bed shelter", "alleged forced labor", "1 million undocumented Rohingya")
        return not (len(words) == 2 and head.lower() in lex.crime_types)

    @staticmethod
    def _after_bracket(ctx: _Context, j: int, n: int) -> int:
        """The token after a short bracket holding a figure that opens at j ("(18 percent)"), else j."""
        if j < n and ctx.text(j) == "(":
            for k in range(j + 1, min(n, j + 8)):
                if ctx.text(k) == ")":
                    return k + 1 if any(ctx.likenum[t] for t in range(j + 1, k)) else j
                if ctx.text(k) == "(":
                    break
        return j

    @staticmethod
    def _skip_age_compound(ctx: _Context, k: int, n: int) -> int:
        """The token after an age written as one compound at k ("16-year-old"), else k."""
        if k + 4 < n and (ctx.likenum[k] or ctx.low(k) in num.NUMBER_WORDS) and ctx.text(k + 1) in _DASHES \
                and ctx.low(k + 2) in ("year", "years") and ctx.text(k + 3) in _DASHES and ctx.low(k + 4) == "old":
            return k + 5
        return k

    def _np(self, ctx: _Context, j: int, n: int):
        lex = self.units
        words: list[tuple[int, int, str]] = []  # (start, end, text)
        k = j
        seen_head = False
        while k < n and len(words) < 7:
            # a word: tokens joined by hyphens without spaces ("NGO-run", "trafficking-related")
            m = k
            if words and ctx.text(k) == "," and not any(looks_plural(w[2].lower(), lex)
                                                        and lex.irregular.get(w[2].lower()) != w[2].lower() for w in words) \
                    and (end := self._shared_head_end(ctx, k, n)):
                # (a noun alike in both numbers may be one of them: "45 police, immigration, and labor officials")
                # modifiers in a list share one head: "6,400 local, regional, and national officials"
                words.append((k, end, ctx.span_text(k, end)))
                return words[0][0], end, [w[2] for w in words], ctx.text(end - 1), False
            if not words and ctx.low(m) == "so" and m + 3 < n and ctx.text(m + 1) in _HYPHENS \
                    and ctx.low(m + 2) == "called":
                k += 3  # "23 so-called \"prostibares\""
                continue
            if not words and ctx.low(m) == "others":
                return m, m + 1, [ctx.text(m)], ctx.text(m), False  # "assisted 58 others"
            if not words and k + 5 < n and ctx.likenum[k] and ctx.text(k + 1) in _HYPHENS and ctx.low(k + 2) == "year" \
                    and ctx.text(k + 3) in _HYPHENS and ctx.low(k + 4) == "old" and ctx.alpha[k + 5] \
                    and looks_plural(ctx.low(k + 5), lex):
                k += 5  # an age between the count and what it counts: "two 16-year-old girls" (the age is its own)
                continue
            if ctx.text(m) in _QUOTES and m + 1 < n and ctx.alpha[m + 1] and not ctx.space[m] \
                    and (not words or (ctx.text(m) != "'" and not (
                        len(words) == 1 and words[0][2].endswith("ed") and "-" not in words[0][2]))):
                # (not after a verb: "one contained “government licensed” agencies")
                # the counted thing in quotation marks: "six 'traffickers' held", "128 “crisis rooms”", or a quoted
                # word among its modifiers: "1,084 six-month “hostess” and “barmaid” work permits"
                k += 1
                continue
            if words and ctx.text(m) in _CLOSING_QUOTES and not ctx.space[m - 1] and m + 1 < n and (
                    ctx.alpha[m + 1] or (ctx.space[m] and ctx.low(m + 1) in ("and", "or"))):
                k += 1  # a quoted modifier: "11,268 “high-risk” vessels", "six-month “hostess” and “barmaid” permits"
                continue
            if words and ctx.text(m) == "(" and len(words) == 1 and (
                    lookup_demonym(words[0][2]) is not None or not (
                        looks_plural(words[0][2].lower(), lex) or singular(words[0][2].lower(), lex) in lex.head_category)):
                # a country's name in brackets after the demonym: "30 Chinese (People's Republic of China) women"; a
                # gloss after a word of another language: "180 drayang (karaoke bar) dancers"
                close = next((t for t in range(m + 1, min(n, m + 9)) if ctx.text(t) in ("(", ")")), None)
                if close is not None and ctx.text(close) == ")" and close + 1 < n and ctx.alpha[close + 1] \
                        and looks_plural(ctx.low(close + 1), lex):
                    k = close + 1
                    continue
            if words and ctx.text(m) == "(" and m + 3 < n and ctx.text(m + 2) == ")" and _is_acronym(ctx.text(m + 1)) \
                    and ctx.alpha[m + 3] and self._plural_within(ctx, m + 3, n) and not looks_plural(words[-1][2].lower(), lex):
                k = m + 3  # a name's acronym among the modifiers: "some 30 Port-In Port-Out (PIPO) control centres"
                continue
            if (t := ctx.text(m))[-1:] in ("-", "\u2010") and t[:-1].isalpha() and m + 1 < n and ctx.low(m + 1) in ("and", "or"):
                words.append((k, m + 1, t))  # the first half of a suspended compound: "430 Thai- and Indonesian-flagged
                k = m + 1  # vessels", "20 short- and long-term visas"
                continue
            broken = self._broken_word(ctx, m, n)
            if broken is None and (not (ctx.alpha[m] or _is_acronym(ctx.text(m)) or _CODE_WORD.fullmatch(ctx.text(m)))
                                   or k in ctx.date_start_set):
                break
            while broken is None and m + 2 < n and ctx.text(m + 1) in _HYPHENS and not ctx.space[m] \
                    and not ctx.space[m + 1] and (ctx.alpha[m + 2] or ctx.likenum[m + 2]):
                m += 2
            if broken is not None:
                m += 1
            text = broken or ctx.span_text(k, m + 1)
            low = text.lower()
            single = m == k
            if single and low in num.NUMBER_WORDS:
                break
            if single and (low in ("and", "or", "&") or (  # (two adjectives: "three fictional but realistic cases")
                    low == "but" and words and not looks_plural(words[-1][2].lower(), lex))):
                if not words or not self._coordination_continues(ctx, words, m + 1, n):
                    break
                words.append((k, m + 1, text))
                k = m + 1
                continue
            if single and low in lex.stop_words and not (
                    low in lex.adverbs_before_nouns and self._plural_within(ctx, k + 1, n)) and not (
                    # a participle before a plural noun of people: "230 returned victims", "29,000
                    # returned migrant children" (one modifier between)
                    not words and low.endswith("ed") and low != "involved" and not (k + 1 < n and ctx.low(k + 1).endswith("ing"))
                    and self._plural_within(ctx, k + 1, n, people=True)) and not (
                    # time off with pay: "one paid day off each week", "21 paid days of leave"
                    not words and low == "paid" and k + 1 < n and (singular(ctx.low(k + 1), lex) in lex.time_units
                                                                    or self._plural_within(ctx, k + 1, n, people=True))) and not (
                    # (or paid people: "five paid staff")
                    # "two previous convictions", "two earlier complaints": the noun right after
                    not words and low in _EARLIER and k + 1 < n and ctx.alpha[k + 1]
                    and looks_plural(ctx.low(k + 1), lex) and ctx.low(k + 1) not in lex.stop_words) and not (
                    # "live" as an adjective: "six live modern slavery investigations" (not "six live in Leeds")
                    not words and low == "live" and any(looks_plural(ctx.low(t), lex) for t in range(k + 1, min(n, k + 4))
                                                        if all(ctx.alpha[u] and ctx.low(u) not in lex.stop_words
                                                               for u in range(k + 1, t + 1)))):
                break
            if single and low in _NO_NOUN_ALONE and not (
                k + 1 < n and ctx.alpha[k + 1] and ctx.low(k + 1) not in lex.stop_words
                and not (ctx.low(k + 1).endswith("ing") and not self._plural_within(ctx, k + 1, n))
            ):
                break  # "120 more", "five more doing the same", "10,000 available if", but "20 more victims", "30 more
                # trafficking victims", "40 available beds"
            after_conj = bool(words) and words[-1][2].lower() in ("and", "or", "&", "but")
            if seen_head and single and not after_conj and (low.endswith(("ed", "ly")) and len(low) > 3  # ("bed spaces")
                                                            and low not in lex.head_category
                              and low not in lex.mass_nouns and singular(low, lex) not in lex.head_category) \
                    and not (low == "forced" and k + 1 < n and ctx.low(k + 1) in lex.crime_types
                             and self._plural_within(ctx, k + 1, n, people=True)):
                break  # (but "forced" naming a kind of trafficking goes on: "190 child forced begging victims")
            if words and single and k + 1 < n and ctx.lows[k + 1] in _DETERMINERS_AFTER_A_VERB \
                    and not looks_plural(low, lex) and singular(low, lex) not in lex.head_category:
                break  # a verb, its object after it: "The two accused leave the court under police escort"
            if m + 2 < n and ctx.texts[m + 1] in ("'s", "\u2019s") and not ctx.space[m] and ctx.alpha[m + 2] \
                    and (low in lex.irregular or looks_plural(ctx.low(m + 2), lex)):
                # a possessive modifies the plural noun after it: "two women's shelters", "11 regional
                # prosecutor's offices" (but a plural's counts the owners: "four months' wages", "119 victims' cases")
                words.append((k, m + 2, ctx.span_text(k, m + 2)))
                k = m + 2
                continue
            if m + 2 < n and ctx.texts[m + 1] in ("'", "\u2019") and not ctx.space[m] and looks_plural(low, lex) \
                    and ctx.alpha[m + 2] and looks_plural(ctx.low(m + 2), lex) \
                    and lex.head_category.get(singular(ctx.low(m + 2), lex)) == "institutions":
                # a plural's possessive naming a kind of body: "two new prosecutors' offices", "three workers' centres"
                # (the bodies are counted, not the owners)
                words.append((k, m + 2, ctx.span_text(k, m + 2)))
                k = m + 2
                continue
            words.append((k, m + 1, text))
            k = m + 1
            base = singular(low, lex)
            if (base in lex.time_units or low in lex.time_units) and low == base and k < n and ctx.alpha[k] \
                    and looks_plural(ctx.low(k), lex) \
                    and (lex.head_category.get(singular(ctx.low(k), lex)) in ("people", "victims", "offenders")
                         or (words[0][0] == k - 1 and ctx.low(k) not in lex.stop_words
                             and singular(ctx.low(k), lex) not in lex.time_units
                             and singular(ctx.low(k), lex) not in lex.lengthed_nouns)):
                # a singular time word before people modifies them: "94 agricultural day laborers"; so it does any
                # plural right after the figure ("two night wardens": "two night" is no duration)
                continue
            if base in lex.time_units or low in lex.time_units:
                # durations stop at their unit; "14 years of age", "20 years old" are ages
                age = (k + 1 < n and ctx.low(k) == "of" and ctx.low(k + 1) == "age") or (
                    k < n and ctx.low(k) == "old")
                if age:
                    end = k + 2 if ctx.low(k) == "of" else k + 1
                    return j, end, [w[2] for w in words], text, True
                break
            if looks_plural(low, lex) and not (text.isupper() and k < n and ctx.alpha[k] and ctx.texts[k].islower()):
                # (an acronym ending in "S" before a noun modifies it: "eight GPS prosecutions")
                seen_head = True
                # a noun alike in both numbers modifies a plural after it: "police officers", "crew members"
                # (the word after may be hyphenated: "police sub-stations")
                nk = k + 2 if k + 2 < n and ctx.text(k + 1) in _HYPHENS and not ctx.space[k] and not ctx.space[k + 1] \
                    and ctx.alpha[k + 2] else k
                modifier = lex.irregular.get(low) == low and k < n and ((
                    ctx.alpha[k] and ctx.low(k) not in lex.stop_words
                    and (looks_plural(ctx.low(nk), lex) or ctx.low(nk) in lex.head_category
                         or (nk + 1 < n and ctx.alpha[nk + 1] and looks_plural(ctx.low(nk + 1), lex)
                             and ctx.low(nk + 1) not in lex.stop_words))  # ("police force areas")
                    and not ctx.low(nk).endswith(("ed", "ly"))) or (
                    len(words) == 1 and ctx.text(k) == "," and self._shared_head_end(ctx, k, n) is not None))
                # a plural that names no count before one that does modifies it: "fisheries inspectors"
                modifier = modifier or (k < n and ctx.alpha[k] and base not in lex.head_category
                                        and looks_plural(ctx.low(k), lex)
                                        and singular(ctx.low(k), lex) in lex.head_category)
                if not modifier and not (k < n and ctx.low(k) in ("and", "or")
                                         and self._coordination_continues(ctx, words, k + 1, n)):
                    break
            elif base in lex.head_category or _is_acronym(text):
                seen_head = True
        # trim what cannot end a noun phrase
        while words:
            low = words[-1][2].lower()
            if low in ("and", "or", "&") or low in lex.stop_words:
                words.pop()
                continue
            if (low.endswith(("ed", "ly")) or (low.endswith("ing") and low not in lex.mass_nouns
                                                and low not in self.events.nouns)) and low not in lex.head_category:
                words.pop()
                continue
            break
        if not words:
            return None
        head = words[-1][2]
        if head.lower() in lex.mass_nouns and len(words) == 1:
            return None
        return words[0][0], words[-1][1], [w[2] for w in words], head, False

    @staticmethod
    def _broken_word(ctx: _Context, m: int, n: int) -> str | None:
        """A word broken at a line end and not joined again, as text copied from a PDF has it ("traf-
        fickers", "traffick- ing"): the word whole, or None."""
        head = ctx.text(m)
        if len(head) < 3 or head[-1] != "-" or not head[:-1].isalpha() or not ctx.space[m] or m + 1 >= n:
            return None
        tail = ctx.text(m + 1)
        if not (tail.isalpha() and tail.islower()) or tail in _SUSPENDED_HYPHEN_WORDS:
            return None  # "pre- and post-trafficking"
        return head[:-1] + tail

    def _plural_within(self, ctx: _Context, k: int, n: int, *, people: bool = False) -> bool:
        """Whether token k, or the token after one modifier at k, is a plural noun ("overseas recruitment
        agencies"), of people with `people` ("returned migrant children")."""
        lex = self.units
        for t in (k, k + 1):
            if t >= n or not ctx.alpha[t]:
                return False
            low = ctx.low(t)
            if (looks_plural(low, lex) or low in _COLLECTIVE_PEOPLE) and (
                    not people or low in _COLLECTIVE_PEOPLE
                    or lex.head_category.get(singular(low, lex)) in ("people", "victims")):
                return True
            if low in lex.stop_words:
                return False
        return False

    def _shared_head_end(self, ctx: _Context, k: int, n: int) -> int | None:
        """From a comma at k after a modifier: the end of ", regional, and national government officials"
        (words and commas, one "and"/"or", then a plural head), or None. Without "and", two commas at
        least: "Eighty high-level, empowered, passionate officials"; or one between two compounds of a
        participle: "17 government-funded, NGO-run shelters"."""
        lex = self.units
        if k >= 2 and k + 4 < n and ctx.texts[k - 2] in _HYPHENS and ctx.low(k - 1).endswith(_COMPOUND_PARTICIPLES) \
                and ctx.texts[k + 2] in _HYPHENS and not ctx.space[k + 1] and not ctx.space[k + 2] \
                and ctx.low(k + 3).endswith(_COMPOUND_PARTICIPLES) and ctx.alpha[k + 4] and looks_plural(ctx.low(k + 4), lex):
            return k + 5
        joined = False
        commas, segment, listed = 0, 0, True
        for m in range(k, min(n, k + 12)):
            low = ctx.low(m)
            if low == ",":
                if segment > 1:
                    listed = False  # a segment of more than a word: not a list of modifiers
                commas, segment = commas + 1, 0
                continue
            if low in ("and", "or"):
                joined = True
                continue
            if ctx.texts[m] in _HYPHENS and not ctx.space[m - 1] and not ctx.space[m]:
                continue  # a compound: "other African asylum-seekers"
            if joined and low == "other":
                continue  # "Eritrean, Ethiopian, and other African asylum-seekers"
            if not ctx.alpha[m] or low in lex.stop_words or low in num.NUMBER_WORDS:
                return None
            segment += 1
            if looks_plural(low, lex) and m + 1 < n and (singular(low, lex) not in lex.head_category and (
                    (ctx.alpha[m + 1] and looks_plural(ctx.low(m + 1), lex) and ctx.low(m + 1) not in lex.stop_words)
                    or ctx.low(m + 1) in (",", "and", "or")) or (not joined and ctx.low(m + 1) in ("and", "or"))):
                continue  # a plural-looking modifier before the head: "police, immigration, customs and labour officers",
                # "146 immigration, police and social welfare officers"
            if looks_plural(low, lex):
                return m + 1 if joined or (commas >= 2 and listed and segment <= 2) else None
        return None

    def _coordination_continues(self, ctx: _Context, words: list, k: int, n: int) -> bool:
        """After 'and'/'or': does the noun phrase go on ("trafficking and trafficking-related investigations",
        "women and children") rather than a new clause ("officials and investigations remained")?"""
        lex = self.units
        if k + 1 < n and ctx.text(k) in _QUOTES and ctx.text(k) != "'" and not ctx.space[k] and ctx.alpha[k + 1]:
            k += 1  # a quoted word after it: "six-month “hostess” and “barmaid” work permits"
        if k >= n or not (ctx.alpha[k] or _is_acronym(ctx.text(k))):
            return False
        nxt = ctx.low(k)
        prev = words[-1][2].lower()
        hyphened = k + 2 < n and ctx.texts[k + 1] in _HYPHENS and not ctx.space[k] and not ctx.space[k + 1]
        if nxt in lex.stop_words or nxt in self.starters or (nxt.endswith("ly") and not hyphened):
            return False  # (an adverb opens a compound here: "unofficial and infrequently-monitored crossings")
        if nxt.endswith("ed") and not prev.endswith("ed") and not self._plural_within(ctx, k + 1, n):
            # "documented and undocumented returnees", "new or renewed contracts" go on; "officials and
            # arrested" does not
            return False
        if not looks_plural(prev, lex) and prev not in lex.irregular:
            return True  # a modifier: "sex and labor trafficking victims"
        # both sides people: "women and children", "migrant workers and human-trafficking victims"
        prev_cat = lex.head_category.get(singular(prev, lex))
        m = k
        while m < n and m < k + 4 and (ctx.alpha[m] or ctx.text(m) in _DASHES) \
                and ctx.low(m) not in lex.stop_words:
            cat = lex.head_category.get(singular(ctx.low(m), lex))
            if cat and prev_cat and (cat == prev_cat or {cat, prev_cat} <= {"people", "victims"}):
                return True
            m += 1
        return False

    @staticmethod
    def _age_limit(ctx: _Context, item: _Found, q) -> bool:
        """A bare "under 18" / "below 16": the ages that mark childhood and consent, not a count."""
        value = item.number.value
        if q is not None and q[0] in ("at_least", "more_than") and value is not None and 14 <= value <= 25 \
                and value == int(value) and q[1] >= 3 and ctx.low(q[1] - 1) == "be" \
                and ctx.low(q[1] - 2) in ("must", "should", "shall", "to") \
                and (item.end >= len(ctx.lows) or not ctx.alpha[item.end] or ctx.lows[item.end] in ("and", "or")):
            return True  # a minimum age people must have: "Volunteers must be at least 18", "applicants have to be over 21"
        if q is None or q[0] != "less_than" or ctx.low(q[1]) not in ("under", "below") or value is None \
                or value != int(value):
            return False
        if 12 <= value <= 21:
            return True
        if 1 <= value <= 30 and q[1] >= 1 and ctx.low(q[1] - 1) in ("anyone", "anybody", "someone", "nobody", "no-one"):
            return True  # "We will not deploy anyone under 23 as a household service worker"
        if 1 <= value <= 30 and q[1] >= 3 and ctx.low(q[1] - 1) in ("them", "whom") and ctx.low(q[1] - 2) == "of":
            return True  # "intercepted more than 500 people, most of them under 25"
        # said of people: "Five of them are under 10", "they were under 25", "Nine of the workers in this case
        # were under 25"
        if not (1 <= value <= 30 and q[1] >= 2 and ctx.low(q[1] - 1) in ("are", "were", "is", "was")):
            return False
        if ctx.low(q[1] - 2) in ("them", "they", "who", "these", "those"):
            return True
        lex = ctx.finder.units
        return any(lex.head_category.get(singular(ctx.low(t), lex)) in ("people", "victims") and looks_plural(ctx.low(t), lex)
                   for t in range(max(ctx.sent_start(q[1]), q[1] - 8), q[1] - 1))

    def _age_after_person(self, ctx: _Context, item: _Found) -> bool:
        """A bare number after 'under'/'over'/'aged' (or a range after 'between') that follows a word for people: an
        age."""
        k = item.start
        number = item.number
        if 0 < k and ctx.low(k) == "between" and number.low is not None and number.high is not None and number.high < 100 \
                and looks_plural(ctx.low(k - 1), self.units) \
                and self.units.head_category.get(singular(ctx.low(k - 1), self.units)) in ("people", "victims"):
            return True  # "most of them women between 18 and 30"
        if k == number.start or k == 0 or number.value is None or number.value > 120:
            return False
        if ctx.low(k) not in ("under", "over", "above", "below", "aged", "younger", "older"):
            return False
        if number.first_word.isalpha() and (after := number.end) < len(ctx.lows) and ctx.alpha[after] \
                and ctx.lows[after] not in self.units.time_units and looks_plural(ctx.lows[after], self.units):
            return False  # a count in words of its own noun: "evidence from five witnesses over two sessions" (not a
            # verb after an age in figures: "persons under 18 carries a minimum sentence")
        if ctx.low(k - 1) in ("were", "was", "are", "is") and ctx.low(k) in ("under", "below") and number.value <= 18 \
                and number.value == int(number.value):
            # "More than a third were under 10", "Most of the children were under 12": the age of the people counted
            subject = ctx.lows[ctx.sent_start(k):k - 1]
            return bool(subject) and (subject[-1] in _SHARE_SUBJECTS or any(
                self.units.head_category.get(singular(t, self.units)) in ("people", "victims") for t in subject))
        return self.units.head_category.get(singular(ctx.low(k - 1), self.units)) in ("people", "victims")

    def _said_age(self, ctx: _Context, item: _Found) -> bool:
        """A bare whole number said of one person, closing its clause: "says he is 15, though ...", "She
        was 14 when she was sold", "my brother is nine", "Another, who is just 13, told us"."""
        k, end, value = item.start, item.number.end, item.number.value
        if k < 1 or value is None or value != int(value) or not 0 < value < 100 \
                or any(ctx.low(t) not in _AGE_ADVERBS for t in range(k, item.number.start)):
            return False
        if ctx.low(k - 1) == "now" and ctx.doc[k - 1].is_sent_start and end + 1 < len(ctx.lows) \
                and ctx.text(end) == "," and ctx.text(end + 1)[:1].isupper() and ctx.alpha[end + 1]:
            return True  # "Now 23, Aigerim runs a sewing workshop": the age of the person the sentence is about
        if k < 2:
            return False
        while k > 2 and ctx.low(k - 1) in _AGE_ADVERBS:
            k -= 1  # "My daughter is now 19"
        if ctx.low(k - 1) not in ("is", "was", "am", "'s", "\u2019s"):
            return False
        if end < len(ctx.lows) and ctx.lows[end] == "when" \
                and any(ctx.lows[t] in _PERSONAL_WORDS for t in range(end + 1, min(len(ctx.lows), end + 4))):
            return True  # "..., was 16 when her parents told her": an age, whoever the subject
        if end < len(ctx.lows) and ctx.lows[end] == "when" and ctx.alpha[k - 2] and ctx.text(k - 2)[:1].isupper() \
                and (k == 2 or not ctx.text(k - 3)[:1].isupper()) and ctx.low(k - 2) not in _NOT_AGE_SUBJECTS \
                and lookup_country(ctx.text(k - 2)) is None:
            return True  # "Aigerim was 19 when a woman offered her a job": a one-word name, then its age
        if end < len(ctx.lows) and ctx.texts[end] == "." and k >= 2 and ctx.doc[k - 2].is_sent_start \
                and ctx.alpha[k - 2] and ctx.text(k - 2)[:1].isupper() and ctx.text(k - 2)[1:].islower() \
                and ctx.low(k - 2) not in _NOT_AGE_SUBJECTS and ctx.low(k - 2) not in self.units.head_category \
                and lookup_country(ctx.text(k - 2)) is None and lookup_demonym(ctx.text(k - 2)) is None \
                and re.search(rf"[a-z,;:(\"\u201c] {re.escape(ctx.text(k - 2))}\b", ctx.doc_text):
            return True  # "Jay is 15.": a one-word name opening a sentence of its age alone (a name the text also
            # capitalises inside a sentence: "Read Jay's story")
        subject = ctx.low(k - 2)
        if subject in ("them", "whom") and k >= 4 and ctx.low(k - 3) == "of" and ctx.low(k - 4) in ("one", "another"):
            subject = "she"  # "One of them was only 19, he said": one person's age
        if subject not in ("he", "she", "i", "who") and not (
                self.units.head_category.get(subject) == "people" and not looks_plural(subject, self.units)
                and k >= 3 and ctx.low(k - 3) in _POSSESSIVE_DETS | {"a", "the", "my", "your"}):
            return False
        return end >= len(ctx.lows) or not ctx.alpha[end] or ctx.lows[end] in _CLAUSE_AFTER_AGE

    def _person_of_age(self, ctx: _Context, item: _Found) -> bool:
        """A bare whole number after "a <person> of": "a boy of seven", "a young woman of 20" (and "girls of 14 or
        15")."""
        k, value = item.start, item.number.value if item.number.value is not None else item.number.high
        if k < 3 or k != item.number.start or value is None or value != int(value) or not 0 < value < 100:
            return False
        noun = ctx.low(k - 2)
        if ctx.low(k - 1) != "of" or noun in self.units.collective_nouns or noun in _PARENTS:
            return False  # ("a father of five" has five children)
        if noun in _YOUNG_PEOPLE and value < 25:
            return True  # "They target girls of 14 or 15"
        article = ctx.low(k - 3) in ("a", "an") or (  # (an adjective between: "a young woman of 20")
            k >= 4 and ctx.low(k - 4) in ("a", "an") and ctx.alpha[k - 3] and ctx.texts[k - 3].islower())
        return article and not looks_plural(noun, self.units) and self.units.head_category.get(noun) in ("people", "victims")

    @staticmethod
    def _who_age(ctx: _Context, item: _Found) -> bool:
        """A bare whole number said of people in a relative clause of being: "the girls, who were then 15 and 16,"
        (each of the numbers), "a woman who is now 30"."""
        k, value = item.number.start, item.number.value
        if value is None or value != int(value) or not 0 < value < 100 or item.number.end >= len(ctx.lows) \
                or ctx.lows[item.number.end] not in (",", ".", ";", "and", "or", "when", "at"):
            return False
        if k >= 2 and ctx.lows[k - 1] in ("and", "or") and ctx.likenum[k - 2]:
            k -= 2  # the second of two: "15 and 16"
        if k >= 1 and ctx.lows[k - 1] in _AGE_ADVERBS:
            k -= 1
        return k >= 2 and ctx.lows[k - 1] in ("is", "was", "are", "were") and ctx.lows[k - 2] == "who"

    @staticmethod
    def _listed_age(ctx: _Context, item: _Found) -> bool:
        """A bare number after "<count> were" in a list of ages the sentence opened with "aged": "two were
        aged 13, four were 14, five were 15 and six were 16 or 17"."""
        k = item.start
        if k < 3 or k != item.number.start or ctx.low(k - 1) not in ("were", "was") or not ctx.likenum[k - 2]:
            return False
        lo = ctx.sent_start(k)
        return any(ctx.low(t) == "aged" and ctx.low(t - 1) in ("were", "was") for t in range(max(lo, k - 30) + 1, k - 2))

    @staticmethod
    def _superlative_age(ctx: _Context, item: _Found) -> bool:
        """A bare number said of the youngest or oldest: "The youngest was 13", "the oldest victim was 60"."""
        k, value = item.start, item.number.value
        if k >= 2 and value is not None and 0 < value < 120 and ctx.low(k - 1) in ("youngest", "oldest") \
                and ctx.low(k - 2) == "the" and (k + 1 >= len(ctx.lows) or not ctx.alpha[k + 1]):
            return True  # "... was eight years old and the oldest 67."
        if k >= 3 and value is not None and 0 < value < 120 and ctx.low(k - 1) in ("them", "whom") \
                and ctx.low(k - 2) == "of" and ctx.low(k - 3) in ("youngest", "oldest"):
            return True  # "Eleven women, the youngest of them 17, were found"
        if k < 2 or value is None or not 0 < value < 120 or ctx.low(k - 1) not in ("was", "is", "aged", "being"):
            return False
        # ("The oldest of the rescued workers was 63")
        return any(ctx.low(t) in ("youngest", "oldest") for t in range(max(ctx.sent_start(k), k - 8), k - 1))

    def _age_band(self, ctx: _Context, item: _Found) -> bool:
        """A range of ages said of people after a copula: "(41 percent) were between 18 and 24", "Most of the
        women were 18 to 25", "They are between 18 and 25" (a share, a word for people or a personal pronoun before
        it; both ends whole, from 10 to 100)."""
        number, k = item.number, item.start
        single = number.low is None and number.value is not None and 10 <= number.value < 100 \
            and number.value == int(number.value) and (number.end >= len(ctx.lows) or ctx.lows[number.end] in _AFTER_AN_AGE)
        if not single and (number.low is None or number.high is None or not 10 <= number.low < number.high <= 100
                           or number.low != int(number.low)) or k == 0 or ctx.low(k - 1) not in ("were", "are", "was", "is"):
            return False  # (one age too, where the clause ends: "Three of the girls were 17 when they travelled")
        subject = ctx.lows[ctx.sent_start(k):k - 1]
        subject = [w for w in subject if w not in (")", "(")]
        return bool(subject) and (subject[-1] in _SHARE_SUBJECTS or subject[-1] in ("percent", "%", "cent", "they", "she", "he")
                                  or any(
            self.units.head_category.get(singular(t, self.units)) in ("people", "victims") for t in subject))

    @staticmethod
    def _turned_age(ctx: _Context, item: _Found) -> bool:
        """A bare whole number a person turned: "turned 17 with us in April", "she turns 18 next month", "before
        they turned 18" (the qualifier's own verb)."""
        n, e, value = item.number.start, item.number.end, item.number.value
        turned = ("turned", "turns", "turning") if item.start == n else ("turned", "turns", "turning", "turn", "reached",
                                                                          "reaching", "reach")
        return n > 0 and ctx.low(n - 1) in turned \
            and value is not None and value == int(value) and 0 < value < 120 \
            and (e >= len(ctx.lows) or not ctx.alpha[e] or ctx.lows[e] in ("with", "in", "on", "last", "this", "next",
                                                                           "before", "after", "when", "and", "but",
                                                                           "while", "during", "or", "at", "since"))

    def _people_were_under(self, ctx: _Context, qual_start: int, number: _Number) -> bool:
        """"more than 60 percent of those stopped were under 25.": an age bound after a copula closing its clause,
        the people it bounds named just before ("those", a plural for people)."""
        if qual_start < 2 or ctx.low(qual_start) not in ("under", "over", "above", "below") \
                or ctx.low(qual_start - 1) not in ("were", "are", "was", "is") or number.value is None \
                or not 10 <= number.value < 100 or (number.end < len(ctx.texts) and ctx.alpha[number.end]):
            return False
        lo = max(ctx.sent_start(qual_start), qual_start - 6)
        return any(ctx.low(k) == "those" or (ctx.alpha[k] and looks_plural(ctx.low(k), self.units)
                                            and self.units.head_category.get(singular(ctx.low(k), self.units))
                                            in _GROUP_CATEGORIES)
                   for k in range(lo, qual_start - 1))

    def _age_apposition(self, ctx: _Context, item: _Found) -> bool:
        """A bare whole number between commas after a word for a person or a name: an age ("The man, 45,
        was jailed", "Grace Otieno, 34, spent six years ...")."""
        s, e = item.number.start, item.number.end
        value = item.number.value
        if item.start not in (s, s - 1) or (item.start == s - 1 and ctx.low(s - 1) not in _AGE_ADVERBS):
            return False  # (an adverb may open the item: "just 19")
        adverb = s > 0 and ctx.low(s - 1) in _AGE_ADVERBS  # "one of the girls, then 15, escaped"
        if adverb:
            s -= 1
        if s < 2 or e >= len(ctx.lows) or value is None or value != int(value) or not 0 < value < 120:
            return False
        if ctx.text(s - 1) == "(" and ctx.text(e) == ")" and not adverb:
            return ctx.person_ends_at(s - 1)  # "Armando Cossa (44) and ...": an age in brackets after a name
        if adverb and ctx.text(s - 1) == "," and ctx.text(e) == "." and s >= 3 and ctx.alpha[s - 2] \
                and ctx.text(s - 2)[:1].isupper() and ctx.low(s - 3) in ("says", "said") and value < 100:
            return True  # '... the room," says Tamang, now 27.': the speaker's age
        if ctx.text(s - 1) == "," and value < 100 and ctx.text(e) in ("|", ",", ";", ")") and ctx.alpha[s - 2] \
                and ctx.text(s - 2)[:1].isupper() and lookup_demonym(ctx.text(s - 2)) is not None \
                and lookup_country(ctx.text(s - 2)) is None and not looks_plural(ctx.lows[s - 2], self.units):
            return True  # a person by nationality, then the age: a case table's "Filipina, 34 |", "Indonesian, 27 |"
        if ctx.text(s - 1) != "," or ctx.text(e) not in (",", ";", "--", "\u2014", "\u2013") and not (
                ctx.text(e) == "." and ctx.person_ends_at(s - 1)):
            return False  # (a dash may close it: "Rokeya Khatun, 52 -- as ..."; a stop after a name: "..., and Efraín
            # Tuyuc, 33.")
        if ctx.person_ends_at(s - 1) or _INITIALS.fullmatch(ctx.text(s - 2)) \
                or (ctx.text(s - 2) == "*" and ctx.person_ends_at(s - 2)) \
                or any(ctx.low(a) in ("alias", "aka", "a.k.a.") and ctx.person_ends_at(a)
                       for a in range(max(0, s - 7), s - 2)):  # (a quoted alias: "Muhammad Naveed alias 'Naveed Italian', 43,")
            return True  # a name the actor rules found ("Grace Otieno, 34,", "Md Rakibul Hasan alias Rakib, 36,"; one
            # starred as changed, "Rukhsana*, 15,"), or initials ("M.K., 41,")
        if self._listed_name_before(ctx, s - 2):
            return True  # "Md Shahjahan Howlader, 48, and Abdul Mannan Sheikh, 52,": the second of two named with ages
        if ctx.text(e) == "," and ctx.alpha[s - 2] and value < 100 and not looks_plural(ctx.lows[s - 2], self.units) \
                and self.units.head_category.get(ctx.lows[s - 2]) in ("people", "victims"):
            return True  # "One young man, just 19, had a broken wrist": one person and an age
        if self._given_name_before(ctx, s - 2) or (
                s >= 4 and ctx.text(s - 2) in ('"', "\u201d") and ctx.text(s - 4) in ('"', "\u201c")
                and ctx.alpha[s - 3] and ctx.text(s - 3).istitle() and ctx.text(e) == ","
                and (s - 4 == ctx.sent_start(s - 4) or self._given_name_before(ctx, s - 3))):
            return True  # "Nilmini, 34, a mother of two", "their two sons, Florin, 25, and Ionut, 23,", a name given
            # in quotes: '"Sari", 23, from Central Java'
        if ctx.text(e) == "," and e + 2 < len(ctx.lows) and ctx.lows[e + 1] in ("a", "an") and ctx.alpha[s - 2] \
                and ctx.text(s - 2)[:1].isupper() and value < 100 and any(
                ctx.alpha[t] and self.units.head_category.get(ctx.lows[t]) in ("people", "victims")
                for t in range(e + 2, min(len(ctx.lows), e + 5))):
            return True  # "— Ana, 23, a former resident": a name, then what the person is
        if ctx.text(e) == "," and e + 1 < len(ctx.lows) and ctx.lows[e + 1] in _AFTER_AGE_OF_SPEAKER \
                and ctx.alpha[s - 2] and value < 100:
            # "A Kenyan domestic worker in Al Khoudh, 29, who asked not to be named", "One Indonesian chainsaw
            # operator, 29, said he ...": a person's age
            return True
        if ctx.text(s - 2) == ")" and _PSEUDONYM_NOTE.search(" ".join(ctx.lows[max(0, s - 9):s - 2])):
            return True  # "Amina (not her real name), 24, who returned ..."
        if adverb and ctx.text(e) == "," and ctx.low(s - 2) in _ONE_OF_A_GROUP and value < 100:
            return True  # "three of the girls sold goods, while the fourth, then 15, was abused"
        before = ctx.low(s - 2)
        return self.units.head_category.get(singular(before, self.units)) in ("people", "victims") \
            and (adverb or not looks_plural(before, self.units))  # ("One of the victims, now 21, testified")

    @staticmethod
    def _breakdown_of(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The count a bare number right after it breaks down, when more parts follow: "three suspected
        traffickers, one allegedly involved in ... and two ...", "three individuals (one for sex trafficking
        and two for ...)" (for "one", which is otherwise a pronoun)."""
        if not found or not found[-1].unit:
            return None
        gap = range(found[-1].end, item.start)
        close = next((t for t in gap if ctx.text(t) == ")"), None)  # a bracket closed before: "(one in 2016); one"
        if not 1 <= len(gap) <= 7 or any(ctx.text(t) not in _BREAKDOWN_OPENERS
                                         for t in (gap if close is None else range(close, item.start))):
            return None
        end = min(ctx.sent_end(item.start), item.end + 15)
        if any(ctx.low(k) == "and" and ctx.likenum[k + 1] for k in range(item.end, end - 1)):
            return found[-1]
        return None

    @staticmethod
    def _compared_one(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The count "one" is compared with: "three investigations ... compared with one in 2014", "convicted
        two employers in 2004, up from one the previous year", "convicted four traffickers (one in 2016)" (the
        count before it in the sentence)."""
        k = item.start
        if k < 2 or not found or not found[-1].unit or ctx.sent_index(found[-1].start) != ctx.sent_index(k):
            return None
        pair = (ctx.low(k - 2), ctx.low(k - 1))
        bracketed_year = pair[1] == "(" and found[-1].end == k - 1 and ctx.low(item.end) == "in" \
            and num.is_calendar_year(ctx.text(item.end + 1))
        if pair not in (("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from")) \
                and not bracketed_year and not ctx.later_in_comparison(k, item.end):
            return None
        return found[-1] if found[-1].category not in ("money", "percent", "age") else None

    @staticmethod
    def _one_of_a_term(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The term "N of them" is a part of, right before it: "sentenced to four years, one of them suspended"."""
        s, e = item.number.start, item.number.end
        if not found or s < 1 or ctx.text(s - 1) != "," or ctx.lows[e:e + 2] not in (["of", "them"], ["of", "which"]):
            return None
        term = found[-1]
        if term.start > 0 and ctx.lows[term.start - 1] in _TIME_FRAME:
            return None  # a time frame counts nothing of its own: "23 survivors in the past 12 months, 14 of them ..."
        # (right before the comma, or with where it is served: "30 months in prison, ten of them suspended")
        return term if term.category == "duration" and (term.end == s - 1 or (
            s - 1 - term.end <= 3 and ctx.lows[term.end] == "in" and all(ctx.alpha[t] for t in range(term.end, s - 1)))) \
            else None

    def _one_of_scope(self, ctx: _Context, item: _Found) -> _Found | None:
        """One of the group an "Of the ..." opening names, as the subject of "was": "Of the victims
        identified, one was a sex trafficking victim"."""
        if item.end >= len(ctx.lows) or ctx.lows[item.end] not in ("was", "is") \
                or (scope := ctx.of_the_scope(item.start)) is None or not looks_plural(scope[1].lower(), self.units):
            return None
        return self._unit_of(item, *scope)

    @staticmethod
    def _one_elsewhere(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The count "and one in <place>" closes, where the same preposition placed it: "five Vietnamese
        victims identified in Thailand and one in France" (the people of the count before it, in its sentence)."""
        k, e = item.start, item.end
        if k < 1 or ctx.low(k - 1) != "and" or e + 1 >= len(ctx.lows) or ctx.lows[e] not in ("in", "from") \
                or not ctx.text(e + 1)[:1].isupper() or not found:
            return None
        prev = found[-1]
        if not prev.unit or prev.category not in _GROUP_CATEGORIES or ctx.sent_index(prev.start) != ctx.sent_index(k) \
                or k - prev.end > 8 or ctx.lows[e] not in ctx.lows[prev.end:k]:
            return None
        return prev

    @staticmethod
    def _last_part(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The part of a breakdown "one" closes after "and": "four Dominican women, three in Trinidad and
        Tobago and one in Liberia" (a bare part that took the whole's unit before it, in the same clause)."""
        if not found or ctx.low(item.start - 1) not in ("and", ","):
            return None  # (or a middle part: "one for sex trafficking, one for forced begging, and one ...")
        prev = found[-1]
        # the same verb after both: "five cases involved labor trafficking and one involved child sex trafficking"
        parallel = prev.end < len(ctx.lows) and item.number.end < len(ctx.lows) and ctx.alpha[prev.end] \
            and ctx.lows[prev.end] == ctx.lows[item.number.end] and ctx.lows[prev.end].endswith("ed")
        if not (prev.inherited or parallel) or (prev.number.end != prev.end and not parallel) or item.start - prev.end > 8 \
                or ctx.sent_index(prev.start) != ctx.sent_index(item.start) \
                or any(ctx.text(t) in (";", ".", ":") for t in range(prev.end, item.start)):
            return None
        return prev

    @staticmethod
    def _listed_name_before(ctx: _Context, k: int) -> bool:
        """Whether token k ends a name of two to four capitalised words right after "and", itself after a person's
        age between commas: "Md Shahjahan Howlader, 48, and Abdul Mannan Sheikh" (k at "Sheikh")."""
        first = k
        while first > 0 and k - first < 4 and ctx.alpha[first] and ctx.texts[first][:1].isupper():
            first -= 1
        return 1 <= k - first <= 4 and first >= 3 and ctx.lows[first] == "and" and ctx.texts[first - 1] == "," \
            and _DIGITS.fullmatch(ctx.texts[first - 2]) is not None and ctx.texts[first - 3] == "," \
            and ctx.alpha[first + 1] and ctx.texts[first + 1][:1].isupper()

    def _given_name_before(self, ctx: _Context, k: int) -> bool:
        """Whether token k, before ", <age>,", is a lone given name: a capitalised word, no unit or
        stop word, opening its sentence, after a word for people and a comma ("sons, Florin"), or after
        "and" that follows another such name and age ("Florin, 25, and Ionut")."""
        text = ctx.text(k)
        lex = self.units
        if k < 0 or not (ctx.alpha[k] and text[:1].isupper() and text[1:].islower()) or ctx.low(k) in lex.stop_words \
                or singular(ctx.low(k), lex) in lex.head_category:
            return False
        if k == ctx.sent_start(k):
            return True
        if ctx.low(k - 1) == "," and k >= 2:
            return lex.head_category.get(singular(ctx.low(k - 2), lex)) in ("people", "victims", "suspects", "offenders")
        if ctx.low(k - 1) == "and" and k >= 5 and ctx.text(k - 2) == "," and ctx.text(k - 4) == "," \
                and _DIGITS.fullmatch(ctx.text(k - 3)):
            return self._given_name_before(ctx, k - 5)
        return False

    def _listed_with(self, ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The quantity right before in a list ("aged 22, 25 and 41"), whatever its unit."""
        if not found or not found[-1].unit or ctx.respectively_slot(item.start) is not None:
            return None
        prev = found[-1]
        if item.end + 1 < len(ctx.lows) and ctx.lows[item.end] == "of" \
                and ctx.lows[item.end + 1] in _PARTITIVE_PRONOUNS:
            return None  # "19 children aged 9 to 17, seven of them Honduran": a part of the group, no age
        if prev.category == "age" and item.end < len(ctx.lows) and ctx.lows[item.end] in ("were", "was", "are", "is"):
            return None  # "younger than 21, and 31 were under 18": people, not an age
        if prev.category == "age" and item.start < item.number.start and item.end < len(ctx.lows) \
                and (ctx.lows[item.end].endswith("ed") or ctx.lows[item.end] in ("had", "have", "has")):
            return None  # "11 are under 18, and at least five carried altered passports": people (no list of ages
            # gives one of them a qualifier of its own)
        gap = [ctx.text(t) for t in range(prev.end, item.start)]
        if gap and len(gap) <= 2 and all(g in (",", "and", "or") for g in gap) and prev.number.end == prev.end:
            return prev
        return None

    def _moved_from_noun(self, ctx: _Context, item: _Found) -> str | None:
        """The plural noun right before "from N to M", which both numbers count: "reduced its list of approved
        recruitment agencies from 1,320 to 870"."""
        k = item.start
        if k >= 3 and ctx.lows[k - 1] == "to":  # the second number: back past the first to its "from"
            k = next((t for t in range(k - 2, max(0, k - 6), -1) if ctx.lows[t] == "from"), -1) + 1
            if k <= 0 or not all(ctx.likenum[t] or ctx.lows[t] in ("about", "around", "some") for t in range(k, item.start - 1)):
                return None
        if k < 2 or ctx.lows[k - 1] != "from":
            return None
        if k >= 5 and ctx.texts[k - 2] == "," and ctx.lows[k - 4] == "in" and ctx.lows[k - 5] in _CHANGE_BEFORE_FROM:
            k -= 1  # "the fall in convictions, from 58 the previous year"
        if not ctx.alpha[k - 2]:
            return None
        noun = ctx.lows[k - 2]
        if noun in self.units.stop_words or not looks_plural(noun, self.units) or noun in self.units.time_units:
            return None
        return ctx.text(k - 2)

    @staticmethod
    def _part_listed(ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The count a bare number opening an item of a list under "Of these:" is a part of, the one the line
        opening the list counts ("handled 137 cases ... Of these:" then "41 involved illegal agency fees;",
        "33 involved underpayment ...": cases)."""
        if item.start != item.number.start:
            return None
        text, pos = ctx.doc_text, ctx.idx[item.start]
        at = text.rfind("\n", 0, pos) + 1
        if at == 0 or text[at:pos].strip() not in ("", "-", "*", "\u2022"):
            return None
        for _ in range(12):  # up past the list's earlier items to the line that opens it
            end = at - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1
            if end <= 0:
                return None
            at = text.rfind("\n", 0, end) + 1
            line = text[at:end].rstrip()
            if line.endswith(":"):
                if _PART_INTRO.search(line) is None:
                    return None
                return next((f for f in reversed(found) if at <= ctx.idx[f.start] < end and f.unit and not f.inherited
                             and f.category not in _MEASURES), None)
        return None

    def _inherit(self, ctx: _Context, item: _Found, found: list[_Found]) -> _Found | None:
        """The subject of a linking verb right before the number, else the nearest earlier quantity with a
        count unit in the same sentence, else the previous one."""
        sent = ctx.sent_index(item.start)
        lo = ctx.sent_start(item.start)
        if found and ctx.sent_index(found[-1].start) == sent:
            lo = max(lo, found[-1].end)
        slot = ctx.respectively_slot(item.start)
        if slot is not None:  # "... cases involving 500 offenders (234 and 308, respectively, in 2016)"
            paren, index, count = slot
            before = [f for f in found if f.end <= paren and ctx.sent_index(f.start) == sent]
            if len(before) >= count and before[len(before) - count + index].unit:
                return before[len(before) - count + index]
        listed = self._part_listed(ctx, item, found)
        if listed is not None:
            return listed
        if len(found) >= 2 and item.end < len(ctx.lows) and ctx.lows[item.end] in ("were", "are") \
                and ctx.sent_index(found[-2].start) == sent and found[-2].category in _GROUP_CATEGORIES \
                and any(ctx.lows[t] in ("were", "are") for t in range(found[-1].start, found[-1].end)) \
                and not any(ctx.lows[t] in ("were", "are") for t in range(found[-2].start, found[-2].end)):
            # a part told after another part named with a copula: the whole both are parts of ("429 potential
            # victims, of whom 250 were Ugandan nationals exploited abroad and 179 were exploited within the country")
            return found[-2]
        if item.start >= 3 and ctx.lows[item.start - 1] == "of" and ctx.lows[item.start - 2] in _STAFF_WORDS \
                and ctx.lows[item.start - 3] in ("a", "an", "the", "its", "their", "his", "her") \
                and (item.end >= len(ctx.lows) or not ctx.alpha[item.end] or not looks_plural(ctx.lows[item.end], self.units)):
            noun = ctx.text(item.start - 2)
            return self._unit_of(item, noun, noun)  # "had a staff of 25", "a workforce of 300"
        moved = self._moved_from_noun(ctx, item)
        if moved is not None:
            return self._unit_of(item, moved, moved)
        if item.start > 0 and ctx.lows[item.start - 1] == "to" and found and ctx.sent_index(found[-1].start) == sent \
                and found[-1].unit and found[-1].start > 0 and ctx.lows[found[-1].start - 1] == "from" \
                and found[-1].category not in ("percent", "age") and item.start - found[-1].end <= 8 \
                and ctx.lows[item.end:item.end + 1] != ["of"]:
            return found[-1]  # "grew from four buildings in March 2021 to 11 by June 2023": buildings (not a part
            # given something: "removed 764 children from 41 sites and provided care to 96 of them")
        if item.start >= 4 and ctx.texts[item.start - 1] == "(" and ctx.lows[item.start - 2] == "them" \
                and ctx.lows[item.start - 3] == "of" and item.end < len(ctx.texts) and ctx.texts[item.end] == ")":
            # "admitted 341 new clients last year. More than half of them (182) were identified as ...": the clients
            owner = next((f for f in reversed(found) if ctx.sent_index(f.start) >= sent - 1 and f.unit
                          and f.category not in _MEASURES), None)
            if owner is not None:
                return owner
        if item.start > 0 and ctx.lows[item.start - 1] in _PASSED_WORDS \
                and (named := ctx.number_of_before(item.start, reach=15)) is not None:
            return self._unit_of(item, *named)  # "after the number of third-country nationals ... passed 100,000"
        if item.start >= 2 and ctx.lows[item.start - 1] == "to" and looks_plural(ctx.lows[item.start - 2], self.units) \
                and ctx.lows[item.start - 2] in self.units.time_units:
            unit = ctx.text(item.start - 2)  # "limits weekly working hours to 48": hours
            return self._unit_of(item, unit, unit)
        if item.end + 2 < len(ctx.lows) and ctx.lows[item.end] == "for" and ctx.lows[item.end + 2] == "trafficking" \
                and (paren := _open_bracket_before(ctx.texts, item.start, ctx.sent_start(item.start))) is not None:
            # "identified 26 victims (19 women and seven men; 15 for labor trafficking and 11 for sex trafficking)":
            # the victims the bracket breaks down, not the last of its parts
            owner = next((f for f in reversed(found) if f.end <= paren and ctx.sent_index(f.start) == sent), None)
            if owner is not None and (not owner.unit or owner.category in _MEASURES):
                owner = None
            if owner is not None:
                return owner
        s0 = ctx.sent_start(item.start)
        whole_at = item.start - 2 if item.start >= 4 and ctx.text(item.start - 1) == "," \
            and ctx.lows[item.start - 3] == "the" and ctx.lows[item.start - 4] == "of" and ctx.likenum[item.start - 2] \
            else s0 + 2 if ctx.lows[s0:s0 + 2] == ["of", "the"] and s0 + 3 < item.start and ctx.likenum[s0 + 2] \
            and ctx.texts[s0 + 3] == "," and not any(f.unit and not f.inherited and f.category not in _MEASURES
                                                     and s0 < f.start < item.start for f in found) \
            else None
        if whole_at is not None:
            # "Of the 34, eight had gone missing", "Of the 37, police said, 11 are under 18, and at least five ...":
            # parts of the 34 counted before, however far back
            whole = num.parse_number(ctx.text(whole_at))
            owner = next((f for f in reversed(found) if f.unit and f.number.value == whole
                          and f.category not in _MEASURES), None)
            if owner is not None:
                return owner
        if item.end + 2 < len(ctx.lows) and ctx.lows[item.end] == "of" and ctx.lows[item.end + 1] == "the" \
                and ctx.likenum[item.end + 2] and not (item.end + 3 < len(ctx.lows) and ctx.alpha[item.end + 3]
                                                       and looks_plural(ctx.lows[item.end + 3], self.units)):
            # "Only 19 of the 64 had been registered": a part of the 64 counted before, however far back (the
            # mention that names them first: "14 young women ... all 14 were travelling ... nine of the 14")
            whole = num.parse_number(ctx.text(item.end + 2))
            owners = [f for f in reversed(found) if f.unit and f.number.value == whole
                      and f.category not in _MEASURES]
            owner = next((f for f in owners if not f.inherited), owners[0] if owners else None)
            if owner is not None:
                return owner
        if item.start >= 3 and ctx.texts[item.start - 1] == "," and item.end < len(ctx.texts) and ctx.texts[item.end] == "," \
                and ctx.alpha[item.start - 2] and looks_plural(ctx.lows[item.start - 2], self.units) \
                and ("of" in ctx.lows[max(0, item.start - 5):item.start - 2]
                     or (ctx.lows[item.start - 4] == "in" and ctx.likenum[item.start - 3])):
            # a share's count set off after it: "Almost half of all victims, 273, were minors", "Roughly one in four
            # victims, some 13.4 million, is under 18"
            noun = ctx.text(item.start - 2)
            return self._unit_of(item, noun, noun)
        if ctx.lows[s0:s0 + 2] in (["of", "these"], ["of", "those"]) and ctx.texts[s0 + 2:s0 + 3] == [","] \
                and _open_bracket_before(ctx.texts, item.start, s0) is None and ctx.lows[item.start - 1] != "including" \
                and ctx.lows[item.end:item.end + 2] not in (["of", "them"], ["of", "whom"]) \
                and not any(ctx.sent_index(f.start) == sent and f.unit and not f.inherited and f.number.end < len(ctx.lows)
                            and ctx.lows[f.number.end] not in ("were", "was", "are", "is") for f in found):
            # "answered 1,240 calls on our advice line. Of these, 96 ...", "Of these, 37 were children, and 12 were
            # identified in Guatemala": parts of the last count the sentence before made (not last year's, "(eight in
            # 2016)", nor a part of a part, "312 were suspected victims, including more than 120 who ...", nor one
            # after a count of the sentence's own: "Of those, 41 boats were held ..., while 12 were found ...", nor a
            # part of a part: "Of these, 57 were foreign nationals, and 34 of them ...")
            owner = next((f for f in reversed(found) if ctx.sent_index(f.start) == sent - 1 and f.unit
                          and f.category not in _MEASURES
                          and not (f.start > 0 and ctx.lows[f.start - 1] == "including")
                          and not self._listed_after_including(ctx, f, found, sent - 1)), None)
            if owner is not None:
                return owner
        if item.start > 1 and ctx.lows[item.start - 1] == "including" and ctx.text(item.start - 2) == "," \
                and not (found and ctx.sent_index(found[-1].start) == sent):
            # "lured women and girls, including nine aged under 16": a part of the people named before
            noun = next((k for k in range(item.start - 3, max(lo, item.start - 8) - 1, -1) if ctx.alpha[k]
                         and looks_plural(ctx.lows[k], self.units)
                         and (self.units.head_category.get(singular(ctx.lows[k], self.units)) in _GROUP_CATEGORIES
                              or (ctx.text(k)[:1].isupper() and lookup_demonym(ctx.text(k)) is not None))), None)
            # (people by nationality too: "deported undocumented Afghans, including an estimated 440,000 in 2017")
            if noun is not None:
                return self._unit_of(item, ctx.text(noun), ctx.text(noun))
        if item.start >= 4 and ctx.lows[item.start - 2:item.start] in (["estimated", "at"], ["put", "at"]) \
                and ctx.text(item.start - 3) == "," and not (found and ctx.sent_index(found[-1].start) == sent):
            # a count set off after what it counts: "Street children in Tehran, estimated at more than 60,000, are ..."
            noun = next((k for k in range(item.start - 4, max(lo, item.start - 9) - 1, -1) if ctx.alpha[k]
                         and looks_plural(ctx.lows[k], self.units) and ctx.lows[k] not in self.units.stop_words), None)
            if noun is not None:
                return self._unit_of(item, ctx.text(noun), ctx.text(noun))
        for j in range(max(lo, item.start - 9), item.start - 3):
            if ctx.lows[j] == "of" and ctx.lows[j + 1] == "which" and ctx.lows[j + 2] == "there":
                # "crossing points along the border, of which there are said to be more than 30": the points
                noun = next((k for k in range(j - 1, max(lo, j - 12) - 1, -1) if ctx.alpha[k]
                             and looks_plural(ctx.lows[k], self.units) and ctx.lows[k] not in self.units.stop_words), None)
                if noun is not None:
                    return self._unit_of(item, ctx.text(noun), ctx.text(noun))
                break
        if _is_average_age(ctx, item.start):  # "The average age at which victims were first trafficked was 17"
            age = _Found(item.number, item.start, item.end, unit="years", unit_head="year")
            age.category = "age"
            return age
        if item.start >= 2 and ctx.lows[item.start - 1] in ("other", "remaining") and ctx.lows[item.start - 2] == "the" \
                and (item.end >= len(ctx.lows) or not ctx.alpha[item.end] or ctx.lows[item.end] in ("of", "were", "was")):
            # "sentenced four traffickers to prison and issued suspended sentences to the other three": the rest of
            # the people counted last, in this sentence or the one before
            rest = next((f for f in reversed(found) if ctx.sent_index(f.start) >= sent - 1 and f.unit
                         and f.category in _GROUP_CATEGORIES), None)
            if rest is not None:
                return rest
        of_them = item.end + 1 < len(ctx.lows) and ctx.lows[item.end] == "of" \
            and ctx.lows[item.end + 1] in ("them", "those", "whom")  # ("brought their children, 23 of whom were ...")
        # (never the clause's own subject: "prosecutors ordered the detention of nine of them" counts others)
        if _opens_after_a_split(of_them, item, ctx, found, sent) \
                and (whole := _whole_of_split(ctx, found, sent - 1)) is not None:
            return whole  # "Of the 31 children, 19 were boys and 12 were girls. Twenty-two were aged ...": children
        subject = None if of_them else ctx.subject_before(item.start, lo)
        if subject is not None:
            return self._unit_of(item, *subject)
        set_off = item.start >= 2 and (ctx.texts[item.start - 1] in _DASHES or (
            ctx.texts[item.start - 1] == "," and item.end + 1 < len(ctx.lows) and ctx.lows[item.end] == "from"
            and ctx.texts[item.end + 1][:1].isupper()))  # ("recruited the workers, 11 from Mexico and three from ...")
        if set_off and ctx.alpha[item.start - 2] and not (found and ctx.sent_index(found[-1].start) == sent):
            # "the workers – 131 from Bangladesh and 15 from Pakistan –": the people an aside breaks down (a
            # count before it in the sentence is what the aside breaks down: "three shelters ... for victims—two for")
            low = ctx.low(item.start - 2)
            if looks_plural(low, self.units) and self.units.head_category.get(singular(low, self.units)) in _GROUP_CATEGORIES:
                return self._unit_of(item, ctx.text(item.start - 2), ctx.text(item.start - 2))
        if of_them and (term := self._one_of_a_term(ctx, item, found)) is not None:
            return term  # a part of a term: "sentenced to 30 months in prison, ten of them suspended"
        if of_them:
            # (not a part the sentence named after "including": "identified 328 victims, including 203 children, and
            # referred 189 of them": the victims)
            group = next((f for f in reversed(found) if ctx.sent_index(f.start) == sent and f.unit
                          and f.category not in _MEASURES
                          and not (f.start > 0 and ctx.lows[f.start - 1] == "including")), None)
            if group is not None and group.category not in _GROUP_CATEGORIES and group.start > 1 \
                    and ctx.lows[group.start - 1] == "in" and (
                        held := next((f for f in found if f.end == group.start - 1 and f.category in _GROUP_CATEGORIES),
                                     None)) is not None:
                group = held  # "prosecuted 71 suspects in 42 cases, 66 of them for sex trafficking": the suspects, the
                # cases only say where they were
            if group is not None and group.category not in _GROUP_CATEGORIES and item.start > 0 \
                    and ctx.lows[item.start - 1] in ("to", "for"):
                # what is given goes to people: "removed 764 children from 41 mining sites and provided care to 96
                # of them" (the children)
                group = next((f for f in reversed(found) if ctx.sent_index(f.start) == sent and f.unit
                              and f.category in _GROUP_CATEGORIES), group)
            if group is not None and (group.category in _GROUP_CATEGORIES or (
                    group.unit_head and looks_plural(group.unit.split()[-1].lower(), self.units))):
                # "assisted 80 women who fled their exploiters and referred 38 of them": women (past a stretch of
                # time: "11 suspects ..., and prosecutors ordered the 24-hour detention of nine of them")
                return group
            if group is None and item.start > 0 and ctx.lows[item.start - 1] not in ("in", "at") \
                    and found and ctx.sent_index(found[-1].start) == sent \
                    and (found[-1].category != "duration" or ctx.lows[found[-1].end:found[-1].end + 1] in (["a"], ["per"])) \
                    and ctx.antecedent_before(item.start) is None:
                # (a term's parts are its own: "sentenced to 18 months, ten of them suspended"; a rate is no term)
                # only measures before it in its sentence: the people a sentence shortly before counted ("... girls
                # ... Some were working 18 hours a day, seven days a week, and at least three of them were never paid")
                people = next((f for f in reversed(found) if sent - 3 <= ctx.sent_index(f.start) < sent
                               and f.category in _GROUP_CATEGORIES
                               and not (f.start > 0 and ctx.lows[f.start - 1] == "including")), None)
                if people is not None:
                    return people
            if found and ctx.sent_index(found[-1].start) == sent and found[-1].unit and item.start > 0 \
                    and ctx.lows[item.start - 1] in ("in", "at") and found[-1].category not in _MEASURES:
                return found[-1]  # "ruled on 296 cases, convicting defendants in 241 of them": what holds them, the cases
                # ("at 26 of the 214 car washes inspected, and at nine of them workers were ...": the car washes)
            if ctx.lows[item.end + 1] == "those" and item.start == ctx.sent_start(item.start):
                # "... and opened 163 investigations. Forty-one of those were run as ...": the last thing the sentence
                # before counted, as "those" points to the nearest
                last = next((f for f in reversed(found) if ctx.sent_index(f.start) == sent - 1 and f.unit
                             and f.category not in _MEASURES), None)
                if last is not None:
                    return last
            place = item.start > 0 and ctx.lows[item.start - 1] in ("at", "in", "on", "from", "aboard")
            counted_before = next((f for f in reversed(found) if ctx.sent_index(f.start) == sent - 1 and f.unit
                                   and f.category not in _MEASURES), None)
            if place and counted_before is not None and not (found and ctx.sent_index(found[-1].start) == sent):
                return counted_before  # "visited 38 car washes ... Violations were recorded at 29 of them": the places
            subject = ctx.previous_subject(item.start)
            if subject is not None:
                # "The nine other defendants ... victims. Three of them have admitted ...": the people the sentence
                # before was about, when this one names none before the number (and its count, if it has one; a
                # count of others there comes first: "Inspectors interviewed 22 crew members. Three of them ...")
                k, noun = subject
                counted = [f for f in found if ctx.sent_index(f.start) == sent - 1 and f.unit
                           and f.category in _GROUP_CATEGORIES]
                own = next((f for f in counted if f.start <= k < f.end), None)
                if own is not None:
                    return own
                if not counted or (k + 2 < len(ctx.texts) and ctx.texts[k + 1] == "," and counted[0].start == k + 2):
                    # (a count in apposition to the subject is the subject: "The suspects, four Polish citizens and
                    # a Ukrainian woman, were arrested ... The court ordered three of them held": suspects)
                    return self._unit_of(item, noun, noun)
                return counted[-1]  # the people the sentence before counted, not its subject nor a plural after the
                # count: "Officers detained nine people suspected of ... employment of foreigners. Five of them ..."
            elif not (found and ctx.sent_index(found[-1].start) == sent):
                # no subject to go back to, no count in this sentence: the people this sentence names before the
                # number ("The suspects were brought before a judge, who ordered four of them held"), else the
                # people the sentence before counted ("... included 41 people who said their employers had kept
                # their passports and 29 who had not been paid. Twelve of them ...": people, not the employers)
                lex = self.units
                counted = [f for f in found if ctx.sent_index(f.start) == sent - 1 and f.unit
                           and f.category in _GROUP_CATEGORIES]
                if counted and ctx.low(ctx.sent_start(item.start)) == "they":
                    # "them" is who "They" opening the sentence are, the people counted before: "... three of the
                    # women escaped. They told embassy officials that two of them had not been paid" (not the officials)
                    return counted[-1]
                if any(ctx.alpha[k] and looks_plural(ctx.lows[k], lex)
                       and lex.head_category.get(singular(ctx.lows[k], lex)) in _GROUP_CATEGORIES
                       for k in range(ctx.sent_start(item.start), item.start)) \
                        and (noun := ctx.antecedent_before(item.start)) is not None:
                    return self._unit_of(item, *noun)
                if counted:
                    return counted[-1]
            noun = ctx.antecedent_before(item.start)
            if noun is not None:
                return self._unit_of(item, *noun)
            if found and ctx.sent_index(found[-1].start) == sent and found[-1].unit \
                    and found[-1].category not in _MEASURES:
                return found[-1]  # "ranked 175 countries and placed 17 of them on Tier 3"
        if item.start >= 4 and ctx.lows[item.start - 1] == "whom" and ctx.lows[item.start - 2] == "of" \
                and ctx.text(item.start - 3) == "," and ctx.alpha[item.start - 4] \
                and looks_plural(ctx.lows[item.start - 4], self.units) \
                and not any(ctx.sent_index(f.start) == sent and f.category not in _MEASURES
                            for f in found):
            # "spent £287 million with external suppliers, of whom about 2,900 invoiced us": the people or bodies
            # named right before, when the sentence counts nothing before them (a count is what they are a part of:
            # "intercepted more than 2,300 passengers ... at the country's airports, of whom at least 410 ...")
            noun = ctx.text(item.start - 4)
            return self._unit_of(item, noun, noun)
        if item.start >= 3 and ctx.lows[item.start - 1] in ("which", "whom") and ctx.lows[item.start - 2] == "of" \
                and found and found[-1].unit and ctx.text(item.start - 3) == "," and (
                    found[-1].end == item.start - 3 or (ctx.sent_index(found[-1].start) == sent
                                                        and found[-1].category not in _MEASURES)):
            # "received 12 years, of which four were suspended": a part of the one before; "launched 58 criminal
            # investigations into human trafficking in 2022, of which 31 concerned forced labour": of the sentence's count
            return found[-1]
        # "convicted eight for sex trafficking": the people the verb acted on, unless a count of people came before
        acted_on = item.start > 0 and ctx.lows[item.start - 1] in _GROUP_PARTICIPLES and item.number.start == item.start \
            and (item.end >= len(ctx.lows) or ctx.lows[item.end] in _AFTER_GROUP_PARTICIPLE)
        # a bare number as the subject of a verb ("640 were placed in jobs") counts people or things
        # (so is one after "the remaining", or before a verb in the past: "28 required imprisonment")
        after = ctx.lows[item.end] if item.end < len(ctx.lows) else ""
        is_subject = after in _SUBJECT_VERB_AFTER or (len(after) >= 6 and after.endswith("ed")) or (
            item.start > 0 and ctx.lows[item.start - 1] == "remaining")
        # "convicted 105 individuals ..., including 223 counts of ..., compared with 125 in 2016": the
        # comparison is with the clause's own count, not with one the "including" phrase adds
        compared = item.start >= 2 and ctx.lows[item.start - 1] in ("with", "to") and ctx.lows[item.start - 2] == "compared"
        # ("an increase from 131": a comparison with a whole, not with the parts a bracket broke it into)
        comparing = compared or (item.start >= 2 and ctx.lows[item.start - 1] == "from"
                                 and ctx.lows[item.start - 2] in _CHANGE_BEFORE_FROM)
        # "Seven were referred by West Yorkshire Police": a passive that only people undergo counts people, the
        # last ones counted in this sentence or the two before, not the countries they came from
        people_verb = (after in ("were", "was") and item.end + 1 < len(ctx.lows)
                       and ctx.lows[item.end + 1] in _PEOPLE_PASSIVES) or after in _PEOPLE_ACTS
        # ("about 210 joined live": people, not the 28 countries they came from)
        # ("Police rescued 40 children. Half were girls. Another 12 remain missing": more of the count before the share)
        more = (item.qual_rule or "").endswith(("another", "a_further", "an_additional", "additional", "further"))
        for prev in reversed(found):
            ps = ctx.sent_index(prev.start)
            if ps < sent - (2 if people_verb or more else 1):
                break
            if more and ps < sent and prev.category in _MEASURES:
                continue
            if people_verb and prev.category not in _GROUP_CATEGORIES:
                continue
            if after in ("said", "told") and prev.category not in _GROUP_CATEGORIES and prev.start > 1 and (
                    ctx.lows[prev.start - 1] in _PLACE_PREPOSITIONS or (ctx.lows[prev.start - 1] in ("all", "the")
                                                                        and ctx.lows[prev.start - 2] in _PLACE_PREPOSITIONS)):
                continue  # what people say: not the places they were interviewed in ("... in all four provinces")
            if comparing and ps == sent and prev.category in ("other", "institutions") and prev.start > 1 \
                    and (ctx.lows[prev.start - 1] in _PLACE_PREPOSITIONS or (
                        ctx.lows[prev.start - 1] == "the" and ctx.lows[prev.start - 2] in _PLACE_PREPOSITIONS)) and any(
                    f.unit and f.start < prev.start and ctx.sent_index(f.start) == sent and f.category not in _MEASURES
                    and not (f.start > 0 and ctx.lows[f.start - 1] in _PLACE_PREPOSITIONS) for f in found):
                continue  # "2,800 people have landed on the two islands ..., compared with roughly 800": the people,
                # not the places they came to ("318 survivors from 14 countries ..., up from 97")
            if comparing and ps == sent and self._listed_after_including(ctx, prev, found, sent):
                continue  # (nor with the last of the parts: "741 victims, including 329 women, ... and 275 men,
                # compared with 634 in 2017"; "..., including 163 women and girls and 24 men and boys, a decrease
                # from 214 in 2017")
            if ps == sent - 1 and ctx.sent_index(found[-1].start) != sent \
                    and self._listed_after_including(ctx, prev, found, ps):
                continue  # "The 11 suspects, including two hotel employees, ... . A judge ordered nine of them held":
                # the suspects, not the last of the parts the sentence before listed
            if is_subject and prev.category in _MEASURES:
                continue  # ("one in four was younger than 21, and 31 were under 18": no age is a subject)
            if comparing and prev.unit_head and prev.unit == prev.unit_head \
                    and ctx.doc_text[ctx.idx[prev.start]:ctx.idx[prev.end - 1]].count("-") == 1 \
                    and " " not in ctx.span_text(prev.start, prev.end):
                continue  # a number in a compound before a noun counts nothing compared: "screened 5,120 people using
                # a two-tier mechanism, compared with 3,360 in 2016" (the people)
            if prev.unit and prev.unit.lower() == "times" and prev.end < len(ctx.lows) \
                    and ctx.lows[prev.end] in ("the", "as", "that", "more", "higher", "greater", "larger"):
                continue  # a multiple counts nothing: "7,412 victims, more than three times the 2,150 recorded" (but
                # occasions do: "contacted us 1,038 times last year, up from 742")
            if comparing and prev.category in ("duration", "age") and ps == sent:
                continue  # "will enrol 1,350 young refugees in courses lasting three to six months, up from 600": refugees
            if compared and ps == sent and prev.category == "percent" and prev.end + 1 < len(ctx.lows) \
                    and ctx.lows[prev.end] == "of" and ctx.lows[prev.end + 1] in ("them", "these", "those", "which"):
                continue  # a share set off inside the clause: "opened 42 investigations, about 30 percent of them
                # involving forced criminality, compared with 26 in 2019" (investigations)
            if prev.category == "percent" and max(item.number.value or 0, item.number.high or 0) > 100:
                continue  # "a 95 per cent confidence interval of 2,100 to 3,400": no share above a whole
            if prev.category == "money" and after in ("more", "additional", "new", "others"):
                continue  # "K2 million in next year's budget to recruit at least 20 more": people, not money
            if ps == sent and _in_closed_bracket(ctx.texts, prev.start, item.start, ctx.sent_start(item.start),
                                                 ctx.likenum if comparing else None):
                continue  # "58 were female (including 11 underage girls), 30 were male": not the bracket's girls
            if ps == sent and not compared and self._lone_one(ctx, prev, item, found, sent):
                continue
            if ps == sent and prev.start > 0 and ctx.lows[prev.start - 1] == "in" and prev.category not in _GROUP_CATEGORIES \
                    and (ctx.texts[prev.end:item.start].count("(") == ctx.texts[prev.end:item.start].count(")")
                         or (item.end + 1 < len(ctx.lows) and ctx.lows[item.end] == "in"
                             and ctx.texts[item.end + 1][:1].isupper())) \
                    and any(f.start < prev.start and ctx.sent_index(f.start) == sent and f.category in _GROUP_CATEGORIES
                            for f in found):
                continue  # "convicted 37 traffickers in 26 cases ..., 35 for sex trafficking": the traffickers
                # (but a bracket right after the cases breaks them down: "in four cases (three sex trafficking ...)")
            if prev.category == "percent" and item.number.value is not None and item.number.value > 100:
                continue  # "8 percent fewer than the 118,932 recorded": no share
            if prev.category == "percent" and prev.number.rule.startswith("fraction"):
                continue  # "Half of the convicted traffickers (four of eight)": a share in words, counts after it
            if prev.unit and prev.unit_head and (prev.unit_head not in self.units.mass_nouns
                                                 or prev.unit.split()[-1].lower() != prev.unit_head):
                # (a mass noun written plural is counted: "41 trainings ... compared with 23")
                if prev.category in ("age",) or (ps != sent and prev.category in ("money", "percent", "duration")):
                    continue  # an amount of money, a share or a stretch of time is not carried into the next sentence
                if prev.category == "duration" and prev.start > 0 and ctx.low(prev.start - 1) in _TIME_FRAME:
                    continue  # "in the first 10 months of 2023, up from 823": a time frame, not what is counted
                if prev.category == "duration" and prev.number.end < len(ctx.texts) \
                        and ctx.text(prev.number.end) in _DASHES and not ctx.space[prev.number.end - 1]:
                    continue  # "a seven-day screening ... 23 of them": a compound describes a noun, counts nothing
                # (found is in text order: if any count is in this sentence, the last one is)
                if acted_on and prev.category not in _GROUP_CATEGORIES:
                    break  # (the verb names them: below)
                if ps == sent:
                    if any(ctx.lows[k] == "number" and ctx.lows[k + 1] == "of" for k in range(prev.end, item.start - 1)) \
                            and (named := ctx.number_of_before(item.start, reach=25)) is not None:
                        return self._unit_of(item, *named)  # "One NGO put the number of women ... at between 800 and
                        # 1,200": what is counted is named between the two
                    return prev
                if sent - 2 <= ps < sent and (ctx.sent_index(found[-1].start) != sent or (after in ("said", "told") and all(
                        f.category in _MEASURES for f in found if ctx.sent_index(f.start) == sent))) \
                        and (ps == sent - 1 or people_verb or more):
                    # (a share before it in its sentence counts nobody: "Some 58 per cent said ..., and more than 200
                    # said ...": the workers of the sentence before)
                    # (the sentence's own "the number of X" first, or the people a list after a colon counts:
                    # "Potential victims were identified in every region: 1,021 in Africa, ...")
                    named = ctx.number_of_before(item.start, reach=25) or ctx.denied_before_comparison(item.start)
                    if named is None and ":" in ctx.texts[ctx.sent_start(item.start):item.start]:
                        named = ctx.antecedent_before(item.start)
                    return prev if named is None else self._unit_of(item, *named)
        if acted_on:
            verb = ctx.text(item.start - 1)
            return self._unit_of(item, verb, verb)
        # "the number of officers ... to 34"
        noun = ctx.number_of_before(item.start, reach=25)
        if noun is None and item.start >= 3 and "figure" in ctx.lows[item.start - 4:item.start - 1] \
                and (first := ctx.sent_start(item.start)) > 0:
            # "Estimates of the number of talibés ... vary. UNICEF puts the figure at more than 100,000": the number
            # the sentence before names
            noun = ctx.number_of_before(item.start, reach=60, lo=ctx.sent_start(first - 1))
        if noun is None and (after in ("were", "was", "are", "is") or after in _SUBJECT_VERB_AFTER):
            # "one in four victims was ..., and 31 were under 18"; "Most convicted offenders received ..., and at
            # least seven received suspended sentences"
            noun = ctx.antecedent_before(item.start)
        if noun is None:
            noun = ctx.denied_before_comparison(item.start)  # "did not report any convictions, compared with two"
        return self._unit_of(item, *noun) if noun is not None else None

    def _lone_one(self, ctx: _Context, prev: _Found, item: _Found, found: list[_Found], sent: int) -> bool:
        """Whether a single "one X" before a bare count in its sentence gives it no noun: across a new clause
        ("one international organization ... partnered ... for roughly 1,300") or after a plural count ("identified
        23 individuals with at least one indicator ..., of all 23"). It does in a list or another year ("one safe
        house in Lebanon, one in Oman, and three in Saudi Arabia", "one trafficking conviction (three in 2016)")."""
        lows = ctx.lows
        if prev.number.value != 1 or not prev.unit or looks_plural(prev.unit.split()[-1].lower(), self.units) \
                or item.number.value is None or item.number.value <= 1:
            return False
        if item.end + 1 < len(lows) and lows[item.end] == "in" and _YEAR_TOKEN.fullmatch(lows[item.end + 1]):
            return False
        new_clause = any(lows[t].endswith("ed") and ctx.alpha[t] for t in range(prev.end, item.start))
        return new_clause or any(
            f.unit and f.end <= prev.start and ctx.sent_index(f.start) == sent
            and f.category not in _MEASURES
            and looks_plural(f.unit.split()[-1].lower(), self.units) for f in found)

    def _unit_of(self, item: _Found, unit: str, head: str) -> _Found:
        """A stand-in quantity carrying `unit` (with head noun `head`) for `item` to inherit."""
        fake = _Found(item.number, item.start, item.end, unit=unit, unit_head=singular(head, self.units))
        fake.category = unit_category(unit.split(), fake.unit_head or "", self.units)
        return fake

    def _qualifier_from_context(self, ctx: _Context, item: _Found, found: list[_Found]):
        prev = found[-1] if found else None
        if prev is not None and prev.qualifier != "exact":
            gap = ctx.texts[prev.end:item.start]
            # a converted amount in brackets: "1 million naira ($2,790)", "1 million Barbados dollars (BDS) ($495,050)"
            if (gap == ["("] or (len(gap) == 4 and gap[0] == "(" and gap[2] == ")" and gap[3] == "(" and gap[1].isupper())) \
                    and prev.category == "money" and item.category == "money":
                return prev.qualifier, prev.qual_rule or "bracket"
            # a penalty pair shares its qualifier: "up to 20 years imprisonment and 2 million baht"
            penalty_pair = prev.category == "duration" and item.category == "money"
            if (penalty_pair or (prev.qual_rule and prev.qual_rule.startswith("scope"))) and 0 < len(gap) <= 3 and any(
                g in (",", "and", "or", "(") for g in gap
            ) and not any(_HAS_DIGIT.search(g) for g in gap):
                return prev.qualifier, prev.qual_rule
        scope = ctx.scope_before(item.start, max_dist=10)
        if scope is not None and not any(f.number.end > scope[1] and f.start < item.start for f in found[-3:]):
            return scope[0], scope[2]
        return None

    # ------------------------------------------------------------ fields
    def _subject_of_change(self, ctx: _Context, number: _Number) -> str | None:
        """With a dependency parse (--model): a bare number after "to" or "from" on a change verb
        counts the verb's plural subject: "Calls to the hotline more than doubled, to 1,950 from 870"."""
        tok = ctx.doc[number.end - 1]
        for _ in range(2):  # "to 1,950 from 870": "from" may hang on the first number
            prep = tok.head
            if tok.dep_ != "pobj" or prep.lower_ not in ("to", "from"):
                return None
            verb = prep.head
            if verb.lower_ in self.change_verb_words and verb.pos_ == "VERB":
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if len(subjects) == 1 and subjects[0].tag_ == "NNS" and subjects[0].is_alpha:
                    return subjects[0].text
                return None
            if not verb.like_num:
                return None
            tok = verb
        return None

    def _fields(self, ctx: _Context, item: _Found) -> dict:
        number = item.number
        is_range = number.low is not None and not number.vague
        fields = {
            "value": None if is_range else _tidy(number.value),
            "low": _tidy(number.low),
            "high": _tidy(number.high),
            "qualifier": item.qualifier,
            "unit": item.unit,
            "unit_head": item.unit_head,
            "category": item.category,
            "currency": item.currency if item.category == "money" else None,
            "change": item.change,
            "rule": number.rule + ("_" + item.qual_rule if item.qual_rule else "") + ("_inherited" if item.inherited else ""),
        }
        verb_pos, event = self._event(ctx, item)
        fields["event"] = event
        fields["actor"] = ctx.actor_before(item.start, verb_pos)
        fields["date"] = ctx.date_for(item.start, item.end)
        return fields

    def _event(self, ctx: _Context, item: _Found) -> tuple[int | None, str | None]:
        ev = self.events
        if item.unit:
            last = item.unit.split()[-1].lower()
            if last in ev.nouns:
                return None, ev.nouns[last]
        s0, s1 = ctx.clause_bounds(item.start)
        # after: "were repatriated", "to receive compensation", "rescued from"
        lows = ctx.lows
        k = item.end
        while k < s1 and k < item.end + 6:
            low = lows[k]
            if low in _AUX or low == "to" or (low.endswith("ly") and len(low) > 4):
                k += 1
                continue
            if low in ev.verbs and not _in_name(ctx, k):
                lemma = self._event_entry(ctx, k, s1)
                if lemma:
                    return None, lemma
            break
        # before: "prosecuted 207 individuals", "brought at least 42 offenders to justice"
        # an event noun right before: "convictions against 37 traffickers", "the return of 1,200 migrants"
        k = item.start - 2
        if k >= s0 and lows[k] in ev.nouns and lows[k + 1] in ("against", "of", "for"):
            return k, ev.nouns[lows[k]]
        k = item.start - 1
        while k >= s0 and k >= item.start - 25:
            low = lows[k]
            if low in ev.verbs and not (k > 0 and lows[k - 1] in ("the", "a", "an", "of")) and not _in_name(ctx, k):
                lemma = self._event_entry(ctx, k, s1)
                if lemma:
                    return k, lemma
            k -= 1
        return None, None

    def _event_entry(self, ctx: _Context, k: int, s1: int) -> str | None:
        for entry in self.events.verbs[ctx.low(k)]:
            if not entry.then:
                return entry.lemma
            window = ctx.lows[k + 1:min(s1, k + 12)]
            need = list(entry.then)
            for p in range(len(window) - len(need) + 1):
                if window[p:p + len(need)] == need:
                    return entry.lemma
        return None


# words that may follow an age said of a person ("she was 14 when ...")
_CLAUSE_AFTER_AGE = frozenset({"when", "and", "but", "though", "although", "at", "then", "while", "as"})



# a table row's label giving a part of the row above it: "... of whom under 18", "of which women", "- including minors"
_SUB_ROW = re.compile(r"[ \t]*(?:\.\.\.|\u2026|[-\u2013\u2014][ \t])?[ \t]*(?:of[ \t]+(?:whom|which|them)|incl(?:uding|\.))\b|"
                      r"[ \t]*(?:\.\.\.|\u2026)", re.I)


# a contact block's line that follows an address: "Tel. +62 21 ...", "Email: ..."
_CONTACT_LINE = re.compile(r"[ \t]*(?:Tel|Telephone|Phone|Fax|E-?mail|Mobile)\b")


def _participle_phrase(ctx: _Context, t: int) -> bool:
    """True when a past participle and its preposition start at token t: "six were men subjected to forced
    labor", "one was a child exploited in sex trafficking"."""
    return t + 1 < len(ctx.lows) and ctx.alpha[t] and ctx.lows[t].endswith("ed") and len(ctx.lows[t]) > 4 \
        and ctx.lows[t + 1] in _PARTICIPLE_PREPOSITIONS


def _last_word(text: str) -> str:
    """The last word of a table header, in lower case ("Key indicator": indicator)."""
    words = text.lower().split()
    return words[-1] if words else ""

def _in_name(ctx: _Context, k: int) -> bool:
    """A capitalised word inside a sentence is part of a name, not a verb: "Walk Free", "Rescue Foundation"."""
    text = ctx.texts[k]
    return text[:1].isupper() and not text.isupper() and k > ctx.sent_start(k) and ctx.texts[k - 1] not in ('"', "\u201c", ":")


def _word_sequences(pattern: list) -> list[list[str]] | None:
    """The lower-case word sequences a token pattern stands for, when it is only LOWER words (or IN lists)
    without operators; None for any other pattern."""
    seqs: list[list[str]] = [[]]
    for spec in pattern:
        if not isinstance(spec, dict) or set(spec) != {"LOWER"}:
            return None
        value = spec["LOWER"]
        if isinstance(value, str):
            options = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            options = [str(v) for v in value["IN"]]
        else:
            return None
        if any(o != o.lower() or not o or " " in o for o in options) or len(seqs) * len(options) > 200:
            return None
        seqs = [seq + [o] for seq in seqs for o in options]
    return seqs if seqs and seqs[0] else None


_UNBOUNDED = 1 << 30  # longest match of a pattern with "+" or "*"


@dataclass
class _MatcherGroup:
    """Token patterns whose first token must carry one of `ids` in `attr` (LOWER, ORTH; LIKE_NUM: be
    number-like; None: anything), and the longest match they can make, in tokens."""

    matcher: Matcher
    attr: str | None
    ids: frozenset[int]
    length: int
    # what the second token must be, one test a pattern ((attr, ids, regex): "LOWER"/"ORTH" value
    # hashes, "LIKE_NUM", or "TEXT" with a regex); None when some pattern has no such test
    seconds: list | None = None


def _first_token_trigger(pattern: list[dict], strings) -> tuple[str | None, frozenset[int]]:
    """What the first token of a pattern must be: ("LOWER" or "ORTH", value hashes), ("LIKE_NUM", {}),
    or (None, {}) when it may be anything (optional, or no such test)."""
    spec = pattern[0] if pattern else {}
    if not isinstance(spec, dict) or spec.get("OP") not in (None, "1", "+"):
        return None, frozenset()
    if spec.get("LIKE_NUM") is True:
        return "LIKE_NUM", frozenset()
    for attr, key in (("LOWER", "LOWER"), ("ORTH", "ORTH"), ("ORTH", "TEXT")):
        value = spec.get(key)
        if isinstance(value, str):
            return attr, frozenset({strings.add(value)})
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                and all(isinstance(v, str) for v in value["IN"]):
            return attr, frozenset(strings.add(v) for v in value["IN"])
    return None, frozenset()


def _second_token_test(pattern: list[dict], strings) -> tuple[str, frozenset[int], re.Pattern | None] | None:
    """What the second token of a pattern must be, when the first two tokens are each exactly one
    token: ("LOWER"/"ORTH", value hashes, None), ("LIKE_NUM", {}, None) or ("TEXT", {}, regex); None
    when there is no such test."""
    if len(pattern) < 2 or not all(isinstance(spec, dict) and spec.get("OP") in (None, "1")
                                   for spec in pattern[:2]):
        return None
    spec = pattern[1]
    value = spec.get("TEXT")
    if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
        return "TEXT", frozenset(), re.compile(value["REGEX"])  # the Matcher's REGEX: re.search
    attr, ids = _first_token_trigger(pattern[1:], strings)
    return None if attr is None else (attr, ids, None)


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _after_placeholder_name(ctx: _Context, item: _Found) -> bool:
    """An age after a name whose surname is withheld as "N", as Mexican prosecutors write it: 'Jesús "N," 34;',
    'Óscar "N", 27'."""
    k, value = item.number.start, item.number.value
    if item.start != k or value is None or value != int(value) or not 0 < value < 100 or k < 4:
        return False
    texts = ctx.texts
    if texts[k - 1] in _QUOTE_MARKS and texts[k - 2] == ",":  # "N,"
        return texts[k - 3] == "N" and texts[k - 4] in _QUOTE_MARKS
    return k >= 5 and texts[k - 1] == "," and texts[k - 2] in _QUOTE_MARKS and texts[k - 3] == "N" \
        and texts[k - 4] in _QUOTE_MARKS


def _is_average_age(ctx: _Context, k: int) -> bool:
    """Whether the bare number at token k is what a linking verb says of an average age: "the
    average age ... was 17", "the median age of victims is 15"."""
    if k < 3 or ctx.lows[k - 1] not in ("was", "is", "were", "remained"):
        return False
    lows = ctx.lows[ctx.sent_start(k):k - 1]
    return any(a in _AVERAGES and b in ("age", "ages") for a, b in zip(lows, lows[1:]))


_AVERAGES = frozenset({"average", "median", "mean", "typical"})


def _opens_after_a_split(of_them: bool, item: _Found, ctx: _Context, found: list[_Found], sent: int) -> bool:
    """Whether a bare count may go back to the whole the sentence before split: one opening its sentence, with no
    count before it there and no "of them" after it."""
    return not (of_them or item.start != ctx.sent_start(item.start)
                or bool(found and ctx.sent_index(found[-1].start) == sent))


def _whole_of_split(ctx: _Context, found: list[_Found], sent: int) -> _Found | None:
    """The count of people that the last counts of sentence `sent` split into parts adding up to it ("31
    children, 19 were boys and 12 were girls"), or None."""
    parts, total = 0, 0.0
    for f in reversed(found):
        if ctx.sent_index(f.start) < sent - 1 or f.category not in _GROUP_CATEGORIES or f.number.value is None:
            return None
        if parts >= 2 and f.number.value == total:
            return f
        if ctx.sent_index(f.start) != sent:
            return None
        parts, total = parts + 1, total + f.number.value
    return None


def _open_bracket_before(texts: list[str], start: int, lo: int) -> int | None:
    """The token index of a "(" still open before token `start` (back to `lo`), if any."""
    depth = 0
    for k in range(start - 1, max(lo, start - 40) - 1, -1):
        if texts[k] == ")":
            depth += 1
        elif texts[k] == "(":
            if depth == 0:
                return k
            depth -= 1
    return None


def _in_closed_bracket(texts: list[str], k: int, end: int, lo: int, likenum: Sequence[bool] | None = None) -> bool:
    """Whether token k is inside a bracket opened after `lo` that breaks down the count before it and
    closes before token `end`: one opened with "including" ("58 were female (including 11 underage
    girls)"), or, given `likenum` (the tokens that are figures), one opened with a figure ("172
    victims (71 new cases, 101 from earlier years), an increase from 131")."""
    depth = 0
    for t in range(k - 1, lo - 1, -1):
        if texts[t] == ")":
            depth += 1
        elif texts[t] == "(":
            if depth == 0:
                opener = texts[t + 1].lower() if t + 1 < len(texts) else ""
                figure_first = likenum is not None and likenum[t + 1] and t > lo and (
                    texts[t - 1].isalpha() or num.is_calendar_year(texts[t - 1]))
                # (after a word or a year: not a list's "(1)"; "identified 382 victims in 2017 (291 of sex trafficking,
                # ...), compared with 346 in 2016")
                return ((t + 1 < k and opener in _PART_OPENERS) or figure_first) and ")" in texts[k:end]
            depth -= 1
    return False


# verbs of a number reaching a mark: "the number of nationals working in Lithuania passed 100,000"
_PASSED_WORDS = frozenset({"passed", "surpassed", "exceeded", "topped", "crossed", "hit", "reached"})
# words that open a relative clause's own subject after a noun: "the young people [our team has helped]"
_CLAUSE_SUBJECTS = frozenset({"our", "we", "they", "you", "i", "their", "its", "his", "her", "my", "your"})
_CHANGE_BEFORE_FROM = frozenset({"increase", "decrease", "rise", "drop", "decline", "fall", "jump", "up", "down"})
_PART_OPENERS = frozenset({"including", "incl.", "among", "of"})  # "(including 11 girls)", "(of whom 3 ...)"


def _code_in_running_text(ctx: _Context, i: int) -> bool:
    """Whether a word that is also an ISO code ("ALL", the Albanian lek) stands as one: in running text, with
    small letters before and after the amount."""
    if ctx.text(i) not in _WORD_CODES:
        return False
    before = next((ctx.text(k) for k in range(i - 1, max(-1, i - 4), -1) if ctx.alpha[k]), "")
    after = next((ctx.text(k) for k in range(i + 2, min(len(ctx.lows), i + 5)) if ctx.alpha[k]), "")
    return bool(before) and not before.isupper() and not after.isupper()


def _candidates(flags: list[int]) -> list[int]:
    """Token positions where a number may start, from the tokens' _word_flags."""
    n = len(flags)
    return [i for i, f in enumerate(flags) if f & 1 or (f & 2 and i + 1 < n and flags[i + 1] & 4)]


def _word_flags(text: str, starters: frozenset[str]) -> int:
    """1: may start a number; 2: may be a currency sign or code before one; 4: holds a digit."""
    f = 0
    if _HAS_DIGIT.search(text):
        f |= 5
    elif text.lower() in starters or (text[-1:] == "-" and text[:-1].lower() in num.NUMBER_WORDS):
        f |= 1  # (a number word left hanging: "five- to eight-year terms")
    if not text.isalpha() or (len(text) <= 3 and text[:1].isupper()) or (len(text) == 4 and text.isupper()):
        f |= 2  # ("FCFA 350,000")
    return f


_SUSPENDED_HYPHEN_WORDS = ("and", "or", "to", "nor")  # "pre- and post-trafficking": no word broken there
_BROKEN_WORD = re.compile(rf"(?<=[A-Za-z])- (?=[a-z])(?!(?:{'|'.join(_SUSPENDED_HYPHEN_WORDS)})\b)")


def _tidy(value: float | None) -> float | None:
    """A value without the binary rounding error of its scaling: 4.1 * 1e6 -> 4100000.0, not 4099999.9999999995."""
    return None if value is None else round(value, 6)


def _names_a_place(word: str) -> bool:
    """A capitalised country name or nationality ("Brazil", "Venezuelan")."""
    return word[:1].isupper() and (lookup_country(word) is not None or lookup_demonym(word) is not None)


def _join_broken_words(text: str) -> str:
    """"potential traffick- ing cases" -> "potential trafficking cases" (not "pre- and post-")."""
    return _BROKEN_WORD.sub("", text)


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


class _Context:
    """Per-document lookups: matcher results, sentence bounds, actor and date spans."""

    def __init__(self, doc: Doc, finder: QuantityFinder) -> None:
        self.doc = doc
        self.finder = finder
        n = len(doc)
        self.parsed = doc.has_annotation("DEP")  # a trained pipeline ran first (--model)
        self.skip = bytearray(n)
        self.qual_end: dict[int, tuple[str, int, str]] = {}
        self.qual_start: dict[int, tuple[str, int, str]] = {}
        self.change_end: dict[int, str] = {}
        self.change_start: dict[int, str] = {}
        self.change_verbs: list[tuple[int, str | None]] = []
        self.scopes: list[tuple[int, str, str]] = []
        self.ratios: dict[int, int] = {}  # first token of "one in five" -> the token after it
        info = finder.info
        # token attributes as lists, read once (no Token objects): alphabetic, number-like, followed by
        # whitespace, character offset, sentence start
        self.orths, self.lower_ids, self.likenum, self.alpha, self.space, self.idx, sent_flags = (
            doc.to_array([ORTH, LOWER, LIKE_NUM, IS_ALPHA, SPACY, IDX, SENT_START]).T.tolist() if n
            else ([], [], [], [], [], [], []))
        self.doc_text = doc_text(doc)
        self._tables: list[Table] | None = None
        self.strings = doc.vocab.strings
        # every token's text and lower-case text, looked up once per word form
        forms = finder.forms(self.orths, self.strings)
        self.texts: list[str] = [f[0] for f in forms]
        self.lows: list[str] = [f[1] for f in forms]
        self.candidates = _candidates([f[2] for f in forms])
        matches = list(finder.phrases(doc))
        # the token-pattern Matcher only runs on windows around candidate numbers
        a = b = -1
        windows = []
        for i in self.candidates:
            lo, hi = max(0, i - 5), min(n, i + 5)
            if lo <= b:
                b = hi
            else:
                if b > a:
                    windows.append((a, b))
                a, b = lo, hi
        if b > a:
            windows.append((a, b))
        if windows:
            matches.extend(finder._window_matches(doc, windows, self.orths, self.lower_ids, self.likenum))
        not_changes: list[int] = []
        for match_id, s, e in matches:
            key = doc.vocab.strings[match_id]
            row = info[key]
            label = row["label"]
            if label == "skip":
                if key == "skip_reference" and self.lows[s] == "number" and s > 0 and (
                        self.lows[s - 1] in ("who", "which", "that", "they", "now", "still")
                        or (self.alpha[s - 1] and looks_plural(self.lows[s - 1], finder.units))):
                    continue  # "number" as a verb: "Domestic workers, who number 3 million", "the workers number 2,000"
                if key == "skip_one_of" and s >= 2 and self.texts[s - 1] == "," and self.lows[s - 2] in finder.units.time_units \
                        and self.lows[s + 2:s + 3] in (["them"], ["which"]):
                    continue  # a part of a term: "sentenced to four years, one of them suspended"
                if key == "skip_reference" and self.lows[s] == "sdg" and (not _SDG_TARGET.fullmatch(self.text(e - 1)) or (
                        e < n and self.lows[e] in num.SCALES)):
                    continue  # Sudan's pound, not a goal: "SDG 150,000" (a goal is "SDG 8", a target "SDG 8.7")
                for t in range(s, e):
                    if self.likenum[t] or _DIGITS.fullmatch(self.text(t)):
                        self.skip[t] = max(self.skip[t], 2 if key.startswith("skip_reference") else 1)
            elif label == "qualifier":
                if row.get("side", "before") == "before":
                    old = self.qual_end.get(e)
                    if old is None or s < old[1]:
                        self.qual_end[e] = (row["value"], s, key)
                else:
                    old = self.qual_start.get(s)
                    if old is None or e > old[1]:
                        self.qual_start[s] = (row["value"], e, key)
            elif label == "change":
                if row.get("side", "before") == "before":
                    self.change_end[e] = row["value"]
                else:
                    self.change_start[s] = row["value"]
            elif label == "change_verb":
                self.change_verbs.append((s, row.get("value")))  # no value: "went from 212 to 297"
            elif label == "scope":
                self.scopes.append((s, row["value"], key))
            elif label == "ratio":
                # "six out of nine shelters" counts shelters; "nine out of 10 of the victims", "nine out of
                # ten families", "eight of every 10 cases" and "roughly four out of five victims" (no count
                # is rough) are shares
                if not (key == "ratio_out_of" and e < n and self.alpha[e] and self.lows[e] != "of"
                        and self.lows[e - 1] not in ("10", "ten", "100", "hundred")
                        and not (s > 0 and self.lows[s - 1] in _ROUGHLY)):
                    self.ratios[s] = e
            elif label == "not_change":
                not_changes.append(e)  # "made up 18 per cent": a phrasal verb's "up", undone below
        for e in not_changes:
            self.change_end.pop(e, None)
        self.change_verbs.sort(key=lambda v: v[0])  # stable: at one position the last found stays last
        self._change_verb_starts = [v[0] for v in self.change_verbs]
        # lists after a reference: "Articles 418, 419, and 420", "Articles 132 and 132-2", "18 through 23"
        for t in self.candidates:
            if self.skip[t] != 2 or (t > 0 and self.lows[t - 1] == "tier"):
                continue  # (a tier is one number: "30 governments in Tier 1, 94 in Tier 2" lists counts)
            k = t + 1
            while k + 1 < n:
                tx = self.text(k)
                if tx in _HYPHENS and not self.space[k - 1] and _DIGITS.fullmatch(self.text(k + 1)):
                    k += 1
                elif tx in (",", "and", "or", "&", "through", "to", "-", "\u2013") and _DIGITS.fullmatch(self.text(k + 1)):
                    k += 1
                elif tx == "," and k + 2 < n and self.text(k + 1) in ("and", "or") and _DIGITS.fullmatch(self.text(k + 2)):
                    k += 2
                elif tx == "(" and (close := next((c for c in range(k + 1, min(n, k + 8)) if self.text(c) == ")"), None)) \
                        and close + 2 < n and self.text(close + 1) in (",", "and", "or") \
                        and _DIGITS.fullmatch(self.text(close + 2)):
                    k = close + 2  # what the first one is, in brackets: "Articles 135 (human trafficking) and 168 (fraud)"
                else:
                    break
                if k + 1 < n and (finder._counts_a_noun(self, k + 1) or self.lows[k + 1] == "under"):
                    break  # "under article 149 and 19 investigations", "..., and 10 under article 167": counts
                self.skip[k] = 2
                k += 1
        self._skip_sibling_references()
        self._skip_running_heads()
        tier_key = SPAN_KEYS["tier_statement"]
        if tier_key in doc.spans:
            for span in doc.spans[tier_key]:
                if span.end - span.start <= 2:
                    for t in range(span.start, span.end):
                        self.skip[t] = max(self.skip[t], 1)  # a table's tier written bare: "Thailand | 2WL | 2 | 2"
        # sentences
        self.sent_starts: list[int] = []
        self.sent_of = [0] * n
        if doc.has_annotation("SENT_START"):
            # as doc.sents: token 0 and every later token with sent_start == 1 start a sentence
            self.sent_starts = [0] + [t for t in range(1, n) if sent_flags[t] == 1]
            bounds = self.sent_starts + [n]
            for si in range(len(bounds) - 1):
                a, b = bounds[si], bounds[si + 1]
                self.sent_of[a:b] = [si] * (b - a)
        else:
            self.sent_starts = [0]
        self.sent_starts.append(n)
        self._clause_cuts: dict[int, list[int]] = {}
        self._actors = sorted(doc.spans[SPAN_KEYS["actor"]], key=lambda s: s.start) if SPAN_KEYS["actor"] in doc.spans else []
        self._actor_starts = [a.start for a in self._actors]
        self._main_country: object = _UNSET  # money_country's fallback, found when first asked
        dates = sorted(doc.spans[SPAN_KEYS["date"]], key=lambda s: s.start) if SPAN_KEYS["date"] in doc.spans else []
        self.date_start_set = frozenset(d.start for d in dates)  # a date ends the counted thing: "193 last year"
        for d in dates:
            if (d._.ctip or {}).get("rule") in ("year-range-short", DAY_RANGE_RULE):
                self.skip[d.end - 1] = 1  # the "25" of "2021-25" is a year, the "21" of "from June 17 to 21" a day
        # the dates that can date a quantity (date_for)
        self._dates = [d for d in dates if not _qualifies_a_noun(d)]
        self._date_starts = [d.start for d in self._dates]

    def _skip_running_heads(self) -> None:
        """A page number left in extracted text beside its running head is no count: "lacked sufficient
        KUWAIT 231 resources", "led to 372 PARAGUAY the extradition", "186 TRAFFICKING IN PERSONS REPORT"."""
        texts, n = self.texts, len(self.texts)
        for t in self.candidates:
            if not texts[t].isdigit() or len(texts[t]) > 4:
                continue
            for side in (range(t + 1, min(n, t + 4)), range(t - 1, max(-1, t - 4), -1)):
                caps = []  # the capitals right next to the number, on that side (a line break ends them)
                for k in side:
                    if not (texts[k].isupper() and texts[k].isalpha() and len(texts[k]) > 1):
                        break
                    caps.append(k)
                caps.sort()
                if not caps:
                    continue
                run = " ".join(texts[k] for k in caps)
                if texts[caps[0]] == "TRAFFICKING" or (len(run) >= 4 and lookup_country(run) is not None):
                    self.skip[t] = 1
                    break

    def _skip_sibling_references(self) -> None:
        """A number written as a sibling of a reference skipped just before it is a reference too: "16
        under article 127.1 and three under 127.2" (same integer part, then a decimal or letter suffix);
        "sections 370, buying or disposing of any person as a slave, and 371, habitual dealing in slaves"
        (a whole number close to it after "and", no count noun after it)."""
        last_reference: dict[str, int] = {}  # integer part -> the last token skipped as a reference
        last_whole: tuple[int, int] | None = None  # (token, value) of the last whole reference number
        finder = self.finder
        for t in self.candidates:
            m = _REFERENCE_NUMBER.fullmatch(self.text(t))
            if m is None:
                continue
            base = int(m["base"])
            if self.skip[t] == 2:
                last_reference[m["base"]] = t
                last_whole = (t, base)
            elif m["sub"]:
                if 0 < t - last_reference.get(m["base"], -_SIBLING_REACH) <= _SIBLING_REACH:
                    self.skip[t] = 2
            elif last_whole is not None and 0 < t - last_whole[0] <= _SIBLING_REACH and base >= 100 \
                    and 0 < abs(base - last_whole[1]) <= 10 and self.low(t - 1) in ("and", "or") \
                    and not (t + 1 < len(self.texts) and finder._counts_a_noun(self, t + 1)):
                self.skip[t] = 2

    def low(self, i: int) -> str:
        """Lower-case text of token i, without making a Token."""
        return self.lows[i]

    def text(self, i: int) -> str:
        return self.texts[i]

    @property
    def tables(self) -> list[Table]:
        """The document's tables, read when a rule first asks."""
        if self._tables is None:
            self._tables = read_tables(self.doc_text)
        return self._tables

    def span_text(self, a: int, b: int) -> str:
        """`doc[a:b].text` (0 <= a), without making a Span."""
        b = min(b, len(self.texts))
        if b <= a:
            return ""
        return self.doc_text[self.idx[a]:self.idx[b - 1] + len(self.texts[b - 1])]

    def sent_index(self, i: int) -> int:
        return self.sent_of[min(i, len(self.sent_of) - 1)]

    def sent_end(self, i: int) -> int:
        return self.sent_starts[self.sent_index(i) + 1]

    def sent_start(self, i: int) -> int:
        return self.sent_starts[self.sent_index(i)]

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token bounds of the clause holding token i: the sentence, cut at ';' and ':'."""
        si = self.sent_index(i)
        cuts = self._clause_cuts.get(si)
        if cuts is None:
            s0, s1 = self.sent_starts[si], self.sent_starts[si + 1]
            ends = _CLAUSE_END_IDS
            cuts = [s0] + [t + 1 for t in range(s0, s1) if self.orths[t] in ends] + [s1]
            self._clause_cuts[si] = cuts
        k = bisect_right(cuts, i) - 1
        k = max(0, min(k, len(cuts) - 2))
        return cuts[k], cuts[k + 1]

    def country(self, i: int) -> str | None:
        return section_at(self.doc, self.idx[i])[1]

    def money_country(self, i: int) -> str | None:
        """The country whose currency a sign at token i names: the section's, else the one the document
        names most often, in its actors' countries and its country names and demonyms (a news story about
        Nigeria: its agencies, its government, "Nigerian", "Lagos, Nigeria")."""
        section = self.country(i)
        if section is not None:
            return section
        return self._named_countries()[0]

    def _named_countries(self) -> tuple[str | None, Counter]:
        """The country the document names most often, and how often it names each (see money_country)."""
        if self._main_country is _UNSET:
            counts = Counter((a._.ctip or {}).get("country") for a in self._actors)
            counts.update(m.country.alpha3 for m in find_country_mentions(self.doc.text, demonyms=True))
            counts.pop(None, None)
            if not counts:
                counts = _country_of_regions(self.doc.text)
            self._main_country = (counts.most_common(1)[0][0] if counts else None, counts)
        return self._main_country  # type: ignore[return-value]

    def names_any_country(self) -> bool:
        """Whether the document names a country, by name, demonym or a body's country."""
        return bool(self._named_countries()[1])

    def sign_country(self, i: int, countries: Iterable[str]) -> str | None:
        """The one country of `countries` (those whose currency a letter sign may name) that the
        document names, when the country it names most has no such sign: "Q150,000" in a story about
        Honduras that names Guatemala too."""
        if self.country(i) is not None:
            return None
        named = self._named_countries()[1]
        # the one named, or the one named most: "Sh1.8 million" in a Kenyan story about a scam in Myanmar that
        # names Uganda once
        found = sorted((c for c in countries if c in named), key=lambda c: -named[c])
        if len(found) > 1 and named[found[0]] == named[found[1]]:
            return None
        return found[0] if found else None

    def qualifier_before(self, start: int) -> tuple[str, int, str] | None:
        if start < len(self.lows) and self.lows[start] == "between" and start > 0 and self.lows[start - 1] == "over":
            return None  # "hand over between 70% and 100%": a verb's particle, not a qualifier of the range
        q = self.qual_end.get(start)
        if q is None and start > 0 and self.low(start - 1) in ("a", "an") and start - 1 in self.qual_end:
            q = self.qual_end[start - 1]  # "more than a trillion" (but "fewer than the 118,932" compares)
        if q is None:
            return None
        value, qs, key = q
        if key == "qual_more_than_over" and qs > 0 and self.lows[qs - 1] in self.finder.units.over_particle_verbs:
            return None  # "handed over Rs1.4 million": the verb's particle
        return value, qs, key

    def qualifier_after(self, end: int) -> tuple[str, int, str] | None:
        q = self.qual_start.get(end)
        return q if q is None else (q[0], q[1], q[2])

    def scope_before(self, start: int, max_dist: int) -> tuple[str, int, str] | None:
        a, _ = self.clause_bounds(start)
        best = None
        for s, value, key in self.scopes:
            if a <= s < start and start - s <= max_dist:
                best = (value, s, key)
        return best

    def change_before(self, start: int) -> bool:
        k = start
        if k in self.change_end:
            return True
        if k > 0 and self.low(k - 1) == "from" and (k - 1) in self.change_end:
            return True
        if k > 1 and self.low(k - 1) == "from" and self.low(k - 2) not in ("ranging", "range", "ranged", "ranges"):
            # "increased the number of such chambers from eight to 10": the verb earlier in the clause
            verb = self.change_verb_before(k - 1)
            return verb is not None and k - verb[0] <= 20 and self.clause_bounds(k)[0] <= verb[0]
        return False

    def change_for(self, start: int, end: int) -> str | None:
        if start in self.change_end:
            return self.change_end[start]
        if end in self.change_start:
            return self.change_start[end]
        if start > 0 and self.low(start - 1) in ("by", "to"):
            a, _ = self.clause_bounds(start)
            k = self.change_verb_before(start)
            if k is not None and a <= k[0] and start - k[0] <= 16:  # "doubled in the first quarter of 2022, to 1,950"
                return k[1]
        return None

    def change_verb_before(self, start: int) -> tuple[int, str | None] | None:
        """The last change verb (position, value) before token `start`, if any."""
        i = bisect_left(self._change_verb_starts, start) - 1
        return self.change_verbs[i] if i >= 0 else None

    def between_before(self, start: int) -> int | None:
        """Position of a 'between' shortly before a number ("between ages 14 and 16"), else None. A
        number opening brackets after a 'between' range is that range converted: "between 500,000 and
        700,000 rupees ($4,530 and $6,340)" (its own start, then)."""
        sent_start = self.sent_start(start)
        for k in range(max(sent_start, start - 4), start):
            if self.low(k) == "between":
                if all(not _DIGITS.fullmatch(self.text(m)) for m in range(k + 1, start)):
                    return k
        if start > 0 and self.text(start - 1) == "(":
            if any(self.low(k) == "between" for k in range(max(sent_start, start - 15), start - 1)):
                return start
        return None

    def age_context(self, start: int, end: int) -> bool:
        """'aged 29', 'ages 14 and 16', 'between the ages of 9 and 11', '20 years old', 'raise the age of
        marriage to 18', 'a minimum age of marriage of 18'."""
        # ("sets the minimum age for domestic work at 18")
        back = 5 if start > 0 and self.low(start - 1) == "to" else 7 if start > 0 and self.low(start - 1) == "at" \
            and "minimum" in self.lows[max(0, start - 8):start - 1] else 5 if start > 0 and self.low(start - 1) == "of" \
            and "of" in self.lows[max(0, start - 4):start - 1] else 3  # ("a minimum age of marriage of 18")
        if end < len(self.lows) and self.lows[end] in ("were", "was", "are", "is") and any(
                self.low(t) == "aged" and self.low(t - 1) in ("were", "was") and self.likenum[t - 2]
                for t in range(max(2, start - 3), start)):
            back = 0  # the count of the next part, in a list of counts and ages: "two were aged 13, four were 14"
        lo = max(0, start - back)
        lo = next((k + 1 for k in range(start - 1, lo - 1, -1) if self.texts[k] == "|"), lo)  # (not a row label's
        for k in range(lo, min(end, start + 4)):  # "Referrals (all ages) | 187")
            if self.low(k) in ("aged", "ages", "age"):
                return True
        if end + 2 < len(self.orths) and self.text(end) == "," and self.low(end + 1) == "the" \
                and "age" in self.lows[end + 2:end + 5]:
            return True  # an apposition saying what it is: "none had reached 21, the minimum age for ..."
        return end < len(self.orths) and self.low(end) in ("old", "year-old", "years-old")

    def of_the_scope(self, start: int, numbered: bool = False, reach: int = 40) -> tuple[str, str] | None:
        """'Of the victims, 22,932 were Indian, 38 Sri Lankan ...': a sentence that opens with "Of the
        <plural noun phrase>[ participle]," counts that phrase in its bare numbers. (unit, head) or None.
        `numbered`: also when the phrase counts its whole ("Of the 412 foreigners, 276 were Chinese"), for
        the parts that name no noun of their own."""
        s0 = self.sent_start(start)
        if self.low(s0) != "of" or start - s0 > reach:
            return None
        lex = self.finder.units
        # "Of those convicted, ...", "Of the 13 convicted, ...": the participle names the people
        counted = self.low(s0 + 1) == "the" and s0 + 2 < start and _DIGITS.fullmatch(self.text(s0 + 2)) is not None
        if counted:
            s0 += 1
        if s0 + 3 < start and (self.low(s0 + 1) == "those" or counted) and self.low(s0 + 2) in _GROUP_PARTICIPLES \
                and self.text(s0 + 3) == ",":
            if start + 2 < len(self.lows) and (self.low(start + 1) == "of" or (
                    self.low(start + 1) in ("are", "were") and self.alpha[start + 2]
                    and not self.low(start + 2).endswith(("ed", "ing")) and self.low(start + 2) not in lex.stop_words)):
                return None  # "18 are men", "at least six of them": the noun after says what is counted
                # (not a passive: "Of those arrested, 17 were charged": those arrested)
            return self.span_text(s0 + 1 + counted, s0 + 3), self.text(s0 + 2)  # "those convicted", "convicted"
        k = s0 + 1
        while k < start and (self.low(k) in _DETERMINERS or (self.low(k) == "total" and self.low(k - 1) == "the")):
            k += 1  # ("Of the total victims identified, ...")
        if numbered and k + 1 < start and _DIGITS.fullmatch(self.text(k)):
            k += 1  # the whole counted before its parts: "Of the 412 foreigners, 276 were Chinese"
        first = k
        # (a participle closing the phrase may be a stop word elsewhere: "Of the complaints received, 36 ...")
        while k < start and self.alpha[k] and k - first < 4 and (
                self.low(k) not in lex.stop_words or (self.low(k).endswith("ed") and self.text(k + 1) == ",")):
            k += 1
        if k == first or k >= start:
            return None
        if self.text(k) == ",":
            last = k
            while last - 1 > first and self.low(last - 1).endswith("ed"):
                last -= 1  # "Of the victims identified,": a participle after the noun
        else:
            # a participle and its complement before the comma: "Of the potential victims referred in Q3 2024,"
            last = next((q for q in range(first + 1, k) if self.low(q).endswith("ed")), k)
            # a relative clause with its own subject: "Of the young people our youth team has helped this year,"
            own_subject = last == k and self.low(k) in _CLAUSE_SUBJECTS and "," in self.texts[k:min(start, k + 10)] \
                and not any(self.likenum[q] for q in range(k, start))
            if own_subject:
                pass
            elif "," not in self.texts[k:min(start, k + 6)] or (last == k and (
                    self.low(k) not in ("in", "at", "under")
                    or any(self.lows[q] in num.NUMBER_WORDS for q in range(first, k)))):
                return None  # (a place after the noun: "Of the victims in the program, nine were Czech"; not a
                # count's: "Of the eight convictions in 2016 under Article 217, five ...")
        if not looks_plural(self.low(last - 1), lex):
            return None
        return self.span_text(first, last), self.text(last - 1)

    def change_subject(self, start: int) -> tuple[str, str] | None:
        """For a bare number after "to"/"from" on a change verb ("convictions rose by 30 percent to 193",
        "Calls to the hotline more than doubled, to 1,950"): what "the number of" names before the verb,
        else the first plural noun of the clause before it (its subject's head in most such sentences).
        (unit, head) or None."""
        if start == 0 or self.low(start - 1) not in ("to", "from"):
            return None
        lex = self.finder.units
        # a second subject with the verb left out: "Prosecutions dropped to 9,876 and convictions to 5,271"
        if start >= 3 and self.low(start - 3) in ("and", ",") and looks_plural(self.low(start - 2), lex) \
                and singular(self.low(start - 2), lex) in lex.head_category and self.change_verb_before(start):
            return self.text(start - 2), self.text(start - 2)
        a, _ = self.clause_bounds(start)
        found = self.change_verb_before(start)
        if found is None or found[0] < a or start - found[0] > 16:
            return None
        verb = found[0]
        # "the number of prosecutors assigned to ... decreased", "increased the number of interpreters to 68"
        counted = self.number_of_before(verb) or self.number_of_before(start)
        if counted is not None:
            return counted
        # the object of the verb: "increased its public awareness programs from 22 ... to 210"
        k = verb + 1
        while k < start and self.low(k) in _DETERMINERS:
            k += 1
        m = k
        while m < min(start, k + 5) and self.alpha[m] and self.low(m) not in ("from", "to", "by") \
                and self.low(m) not in lex.stop_words:
            m += 1
        if k < m < start and self.low(m) in ("from", "to", "by") and looks_plural(self.low(m - 1), lex) \
                and not self.text(m - 1).isupper():
            return self.span_text(k, m), self.text(m - 1)
        # the first, not the nearest: "Reports to the inspectorate's complaints line rose ..." counts reports
        first = max(a, verb - 12)
        for k in range(verb - 1, first - 1, -1):
            if self.low(k) in (",", "that", "which", "as", "while", "after", "when") or _HAS_DIGIT.search(self.low(k)):
                first = k + 1
                break
        for k in range(first, verb):
            low = self.low(k)
            if self.alpha[k] and low not in lex.stop_words and looks_plural(low, lex) and not self.text(k).isupper() \
                    and not (self.texts[k + 1] in _DASHES and not self.space[k]):  # "Police-reported incidents"
                return self.text(k), self.text(k)
        return None

    def number_of_before(self, start: int, reach: int = 12, *, lo: int | None = None) -> tuple[str, str] | None:
        """'the number of <noun>' earlier in the sentence (or from token `lo` on), at most `reach` tokens back:
        the unit of a bare number after it ("did not report the number of investigations it initiated in 2017
        (44 in 2016)")."""
        lex = self.finder.units
        for k in range(start - 1, max(self.sent_start(start) if lo is None else lo, start - reach) - 1, -1):
            if self.low(k) == "number" and k + 2 < start and self.low(k + 1) == "of":
                m = k + 2
                words = []
                while m < start and (self.alpha[m] or _VISA_CLASS.fullmatch(self.text(m))) and len(words) < 4 and (
                        self.low(m) not in lex.stop_words or self.low(m) in _FREQUENCY_WORDS):  # ("weekly flights")
                    words.append(self.text(m))
                    if looks_plural(self.low(m), lex):
                        return self.span_text(k + 2, m + 1), self.text(m)
                    m += 1
                    if m + 1 < start and self.text(m) in _HYPHENS and not self.space[m - 1] and self.alpha[m + 1]:
                        m += 1  # a compound: "the number of third-country nationals"
        return None

    def antecedent_before(self, start: int, reach: int = 40) -> tuple[str, str] | None:
        """The plural noun of people "N of them" points back to: the nearest one before the number in
        its sentence ("the Thai victims would stay ... and 23 of them had been identified"), or in the
        sentence before when the number opens its own ("... 22 crew members. Three of them ...")."""
        lex = self.finder.units
        si = self.sent_index(start)
        # (the sentence before, for a number that opens its own or one whose clause's subject is the only
        # candidate: in "Prosecutors charged 11 of them", "them" are not the prosecutors)
        first = self.sent_start(start)
        # (two words of subject too: "Duty officers assessed 617 of them")
        subject = first + 2 == start or (first + 3 == start and self.alpha[first] and self.alpha[first + 1]
                                         and self.low(start - 1).endswith("ed"))
        # (a quote or bracket before the number still leaves it opening its sentence: '"Four of them needed ...')
        opens = all(not (self.alpha[k] or self.likenum[k]) for k in range(first, start))
        lo = self.sent_starts[si - 1] if si > 0 and (opens or subject) else first
        span = range(start - 1, max(lo, start - reach) - 1, -1)
        of_them = self.lows[start + 1:start + 3] == ["of", "them"]
        if opens and si > 1 and of_them \
                and any(self.low(k) in ("them", "they") for k in range(lo, first)):
            # the sentence before speaks of them too: the one before it names them ("Most of the girls had been
            # taken ... Some of them were told ... Five of them were due to be moved")
            span = range(start - 1, max(self.sent_starts[si - 2], start - reach - 30) - 1, -1)
        for k in span:
            low = self.low(k)
            if self.alpha[k] and low != "police" and looks_plural(low, lex) \
                    and lex.head_category.get(singular(low, lex)) in ("people", "victims", "offenders", "suspects") \
                    and not (self.text(k)[:1].isupper() and k != self.sent_start(k)) \
                    and not (subject and k == start - 2) \
                    and not (of_them and k > 0 and self.low(k - 1) in ("their", "his", "her", "its", "our")) \
                    and not (k + 2 < len(self.lows) and self.lows[k + 1] in _ATTRIBUTION_VERBS
                             and self.texts[k + 2] == ",") \
                    and not self._agent_of_passive(k):  # ("Trafficking in Persons"; "were received by officials"; "of
                # them" is not the others they have: "travelling without their parents", but "their children with
                # them, 23 of whom" are the children)
                return self.text(k), self.text(k)
        return None

    def previous_subject(self, start: int) -> tuple[int, str] | None:
        """The plural noun of people opening the sentence before ("The detainees face charges", "The nine other
        defendants, aged ..."), when the number's own sentence names no people before it; else None."""
        lex = self.finder.units
        si = self.sent_index(start)
        if si == 0:
            return None
        s0 = self.sent_start(start)
        # (not the subject of the number's own clause: "Prosecutors have asked the court to order the detention of six
        # of them"; one before a comma may be whom "them" stands for: "The suspects were brought ..., and a judge
        # ordered that five of them be held")
        one_clause = not any(self.texts[t] in (",", ";") for t in range(s0, start))
        for k in range(s0 + 2 if one_clause else s0, start):
            if self.alpha[k] and looks_plural(self.low(k), lex) \
                    and lex.head_category.get(singular(self.low(k), lex)) in _GROUP_CATEGORIES:
                return None
        first = self.sent_starts[si - 1]
        for k in range(s0 - 2, first + 3, -1):
            # a later clause of that sentence with people of its own as subject, the nearer: "Officers searched the
            # yard, and the workers were referred to support services. Six of them have since returned home"
            if self.low(k - 1) in ("the", "these", "those") and self.low(k + 1) in ("were", "was", "had", "have") \
                    and (self.texts[k - 2] == ";" or (self.low(k - 2) in ("and", "but") and self.texts[k - 3] == ",")) \
                    and self.alpha[k] and looks_plural(self.low(k), lex) and self.low(k) != "police" \
                    and lex.head_category.get(singular(self.low(k), lex)) in _GROUP_CATEGORIES:
                return k, self.text(k)
        for k in range(first, min(first + 5, start)):
            low = self.low(k)
            if self.alpha[k] and looks_plural(low, lex) and low != "police" \
                    and lex.head_category.get(singular(low, lex)) in _GROUP_CATEGORIES:
                return k, self.text(k)
            if not (self.alpha[k] or self.likenum[k]) or (k > first and self.text(k)[:1].isupper()):
                return None
        return None

    def _agent_of_passive(self, k: int) -> bool:
        """Whether the noun at token k is the agent of a passive verb ("were received by (the) border guards"):
        the people "them" points back to are the ones acted on."""
        for j in range(k - 1, max(0, k - 4) - 1, -1):
            if self.lows[j] == "by":
                return j > 0 and self.lows[j - 1].endswith("ed")
            if not self.alpha[j]:
                return False
        return False

    def later_in_comparison(self, start: int, end: int) -> bool:
        """Whether the number at [start, end) is a later year's figure in a comparison: "compared with no
        cases in 2016 and one in 2015", "compared with 12 in 2016, one in 2015" (after "and" or a comma, before
        "in" and a year, with "compared with/to" earlier in the clause)."""
        if start < 1 or self.low(start - 1) not in ("and", ",") or self.low(end) != "in" \
                or not num.is_calendar_year(self.text(end + 1)):
            return False
        for k in range(start - 2, max(self.sent_start(start), start - 14) - 1, -1):
            if self.texts[k] in (";", ":", "(", ")"):
                return False
            if self.low(k) == "compared" and self.low(k + 1) in ("with", "to"):
                return True
        return False

    def denied_before_comparison(self, start: int) -> tuple[str, str] | None:
        """"did not report any convictions, compared with two in 2015", "no prosecutions, compared to none in
        2016, four in 2015": the plural noun after "any" or "no" in the clause a bare number after "compared
        with/to" is compared with. (noun phrase, head) or None."""
        s0 = self.sent_start(start)
        comp = next((k for k in range(start - 1, max(s0, start - 16) - 1, -1) if self.low(k) == "compared"), None)
        if start > s0 and self.texts[start - 1] == "(" and start + 1 < len(self.lows) and self.low(start + 1) == "in":
            comp = start - 1  # "did not convict any alleged trafficking offenders under either law (nine in 2016)"
        elif comp is None or comp + 2 > start or self.low(comp + 1) not in ("with", "to"):
            return None
        lex = self.finder.units
        for k in range(comp - 1, max(s0, comp - 25) - 1, -1):
            if self.low(k) not in ("any", "no"):
                continue
            words = []
            for m in range(k + 1, min(comp, k + 5)):
                if not self.alpha[m] or self.low(m) in lex.stop_words:
                    return None
                words.append(self.text(m))
                if looks_plural(self.low(m), lex):
                    return " ".join(words), self.text(m)
            return None
        return None

    def collective_before(self, start: int) -> tuple[str, str] | None:
        """"a family of eleven", "a group of 12": (noun, noun) of the group a bare number sizes, or None."""
        if start >= 2 and self.low(start - 1) == "of" and self.low(start - 2) in self.finder.units.collective_nouns:
            return self.text(start - 2), self.text(start - 2)
        return None

    def respectively_slot(self, start: int) -> tuple[int, int, int] | None:
        """For a number in brackets that end in "respectively" ("(234 and 308, respectively)"): the
        bracket's position, the number's place among the bracket's numbers and how many there are."""
        n = len(self.texts)
        end = next((k for k in range(start + 1, min(n, start + 12)) if self.texts[k] in (")", ".")), None)
        if end is None or self.texts[end] != ")" or not any(self.low(k) == "respectively" for k in range(start, end)):
            return None
        paren = next((k for k in range(start - 1, max(-1, start - 12), -1) if self.texts[k] in ("(", ")", ".")), None)
        if paren is None or self.texts[paren] != "(":
            return None
        resp = next(k for k in range(start, end) if self.low(k) == "respectively")
        numbers = [k for k in range(paren + 1, resp) if self.likenum[k]]
        if len(numbers) < 2 or start not in numbers:
            return None
        return paren, numbers.index(start), len(numbers)

    def subject_before(self, start: int, lo: int) -> tuple[str, str] | None:
        """The plural count noun that is the subject of a linking verb just before a bare number, found
        after token `lo`: "prosecutions included 26 by the GPS", "convictions under the BLSA remained
        notably low at only three". (noun, noun) or None."""
        lex = self.finder.units
        for v in range(start - 1, max(lo, start - 6) - 1, -1):
            if self.low(v) not in lex.subject_verbs:
                if self.low(v) in lex.subject_gap_words:
                    continue
                return None
            for k in range(v - 1, max(lo, v - 5) - 1, -1):
                low = self.low(k)
                if not self.alpha[k] or low in ("and", "or", "which", "that", "who"):
                    break
                if looks_plural(low, lex) and singular(low, lex) in lex.head_category:
                    return self.text(k), self.text(k)
            s0 = self.sent_start(v)
            if lo <= s0 < v - 2 and v - s0 <= 12 and looks_plural(self.low(s0), lex) \
                    and singular(self.low(s0), lex) in lex.head_category and self.low(s0 + 1).endswith("ed") \
                    and not any(self.likenum[k] or self.low(k) in lex.subject_verbs for k in range(s0 + 1, v)):
                # the sentence's subject, a participle's phrase after it: "Complaints submitted through the Sistema Ipê
                # online channel reached 3,422"
                return self.text(s0), self.text(s0)
            return None
        return None

    def person_ends_at(self, end: int) -> bool:
        """Whether a mention of a person (from ctip_actors) ends right before token `end`."""
        return self.actor_ends_at(end, reach=8, kind="person")  # (a nickname in quotes: 'Jacobus "Koos" van der Merwe')

    def actor_ends_at(self, end: int, reach: int = 8, kind: str | None = None) -> bool:
        """Whether a mention of an actor (of `kind`, if given) of at most `reach` tokens ends right before token `end`."""
        k = bisect_right(self._actor_starts, end - 1) - 1
        while k >= 0 and end - self._actors[k].start <= reach:
            span = self._actors[k]
            if span.end == end and (kind is None or (span._.ctip or {}).get("actor_kind") == kind):
                return True
            k -= 1
        return False

    def in_actor_name(self, i: int) -> bool:
        """Whether token `i` lies inside a name ctip_actors found ("El Watania 1", "Group of 77")."""
        k = bisect_right(self._actor_starts, i) - 1
        while k >= 0 and i - self._actors[k].start <= 8:
            if self._actors[k].start < i < self._actors[k].end:
                return True
            k -= 1
        return False

    def actor_before(self, start: int, verb_pos: int | None) -> str | None:
        """Name of the last actor mention in the sentence before the verb (or the quantity): its subject."""
        if not self._actors:
            return None
        s0 = self.sent_start(start)
        limit = verb_pos if verb_pos is not None else start
        k = bisect_right(self._actor_starts, limit - 1) - 1
        while k >= 0:
            span = self._actors[k]
            if span.start < s0:
                return None
            if span.end <= limit:
                data = span._.ctip or {}
                # a news agency's credit in a dateline ("PHNOM PENH (Reuters) - Police freed 63 ...") did nothing
                credit = (data.get("actor_kind") == "media" and span.start > 0 and span.end < len(self.texts)
                          and self.texts[span.start - 1] == "(" and self.texts[span.end] == ")")
                if not credit and not self._media_source(span):
                    return data.get("name") or span.text
            k -= 1
        return None

    def _media_source(self, span: Span) -> bool:
        """A news outlet named as where the words went or came from ("told the Bangkok Post", "according
        to Reuters", "reported by Xinhua"): it reports the count, it did not do what was counted."""
        if (span._.ctip or {}).get("actor_kind") != "media":
            return False
        k = span.start - 1
        if k >= 0 and self.low(k) == "the":
            k -= 1
        return k >= 0 and self.low(k) in _SOURCE_MARKERS

    def date_for(self, start: int, end: int) -> str | None:
        """The date in scope: the first date after the quantity in its sentence with no other number
        between ("53 in 2016"), else the last date before it in the sentence, not counting one inside a
        parenthesis closed before the quantity ("102 cases (78 in 2019) and 63 prosecutions"). A year
        that qualifies a noun ("under the 2015 law", "a 2014-initiated prosecution") dates that noun only."""
        if not self._dates:
            return None
        s0, s1 = self.sent_start(start), self.sent_end(start)
        k = bisect_right(self._date_starts, start - 1)
        after = end
        for j in range(k, min(k + 2, len(self._dates))):
            span = self._dates[j]
            if not after <= span.start < s1 or any(_DIGITS.fullmatch(self.text(t)) or self.low(t) in num.NUMBER_WORDS
                                                   for t in range(after, span.start)):
                break
            between = [self.low(t) for t in range(after, span.start)]
            if not (between in (["on"], ["over"]) and span.end - span.start == 1 and len(span.text) == 4) \
                    and not (between and (between[-1] in _COMPARED_WORDS
                                          or between[-2:] in (["compared", "with"], ["compared", "to"]))):
                return (span._.ctip or {}).get("value")
            after = span.end  # the year compared with is no quantity's date: "up 24% on 2019 last year"
        k -= 1
        while k >= 0:
            span = self._dates[k]
            if span.start < s0:
                return None
            if span.end <= start and not self._closed_before(span.end, start) and not self._dates_another(span.start):
                return (span._.ctip or {}).get("value")
            k -= 1
        return None

    def _dates_another(self, a: int) -> bool:
        """Whether the date starting at token a is a number's own ("from 51,073 in 2020 to 54,102": 2020
        dates 51,073, not what comes after it)."""
        p = a - 1 if a > 0 and self.low(a - 1) in ("in", "during") else a
        return p > 0 and (_DIGITS.fullmatch(self.text(p - 1)) is not None or self.low(p - 1) in num.NUMBER_WORDS)

    def _closed_before(self, a: int, b: int) -> bool:
        """Whether a parenthesis open at token a closes before token b."""
        for t in range(a, b):
            tx = self.texts[t]
            if tx == "(":
                return False
            if tx == ")":
                return True
        return False


_PLACE_NAME = re.compile(r"\b[A-Z][a-z]{3,}(?:[ \t-][A-Z][a-z]{3,})?\b")


def _country_of_regions(text: str) -> Counter:
    """The country whose regions a text naming no country names: two regions of one country at least ("Singida
    Region", "Dodoma": Tanzania), so one word that happens to name a region somewhere proves nothing."""
    names: dict[str, set[str]] = {}
    for m in itertools.islice(_PLACE_NAME.finditer(text), 400):
        name = m.group()
        code = lookup_subdivision(name) or lookup_subdivision(name := name.split()[0])  # ("Singida Region")
        if code:
            names.setdefault(code, set()).add(name)
    return Counter({code: len(found) for code, found in names.items() if len(found) >= 2})


def _years_old_after(ctx: _Context, k: int) -> bool:
    """Whether "years old" (or "-years-old") follows token k in the text."""
    return _YEARS_OLD.match(ctx.doc_text, ctx.idx[k] + len(ctx.text(k))) is not None


def _take_unit(item: _Found, prev: _Found) -> None:
    """`item` counts what `prev` counts (a bare number that inherits an earlier count's unit)."""
    item.unit, item.unit_head, item.category, item.currency = prev.unit, prev.unit_head, prev.category, prev.currency
    item.inherited = True


def _qualifies_a_noun(date: Span) -> bool:
    """Whether a date span is a year written before a noun it qualifies ("the 2015 law")."""
    return str((date._.ctip or {}).get("rule", "")).startswith("year-attributive")


@Language.factory(
    KEY,
    default_config={
        "patterns": "patterns/quantities.jsonl",
        "units": "lexicons/quantity_units.json",
        "currencies": "lexicons/quantity_currencies.json",
        "events": "lexicons/quantity_events.jsonl",
    },
    assigns=["doc.spans"],
)
def make_quantities(nlp: Language, name: str, patterns: str, units: str, currencies: str, events: str) -> QuantityFinder:
    rows = read_jsonl(patterns, required=("id", "label", "pattern"), allowed=("id", "label", "pattern", "value", "side"))
    path = str(model_path(patterns))
    for n, row in enumerate(rows, 1):
        if row["label"] not in LABELS:
            raise RuleFileError(path, f"rule {row['id']!r}: unknown label {row['label']!r}; allowed: {', '.join(LABELS)}")
        if row["label"] == "qualifier" and row.get("value") not in QUALIFIERS:
            raise RuleFileError(path, f"rule {row['id']!r}: qualifier value must be one of {', '.join(QUALIFIERS)}")
        if row["label"] in ("change", "change_verb") and row.get("value") not in ("increase", "decrease") \
                and not (row["label"] == "change_verb" and "value" not in row):
            raise RuleFileError(path, f"rule {row['id']!r}: change value must be increase or decrease")
        if row.get("side", "before") not in ("before", "after"):
            raise RuleFileError(path, f"rule {row['id']!r}: side must be before or after")
    return QuantityFinder(nlp, rows, load_unit_lexicon(units), load_currency_tables(currencies),
                          load_event_lexicon(events), source=path)
