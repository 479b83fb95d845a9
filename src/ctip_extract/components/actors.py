"""`ctip_actors`: organisations, governments and people named in a document.

Writes `doc.spans["ctip_actors"]`: one span a mention. `span._.ctip` holds
`actor_id` (mentions of one real entity share it), `name` (canonical),
`actor_kind`, `country` (alpha-3 or None), `role` and `affiliation` (people),
`rule` (which rule found the mention) and, for "the government" inside a TIP
narrative, `alias: False` (a mention that must not become an alias).

Rules, in the order their results win when they overlap (longest first):
- gazetteer (models/lexicons/organisations.jsonl): names matched case-
  insensitively, acronyms by exact case;
- acronym definitions in the text, both orders ("Ministry of Security (MOS)",
  "NAPTIP (National Agency ...)"); later bare acronyms are mentions;
- governments: "Government of X", "X government", "Cambodian authorities";
- organisations from capitalised sequences with a keyword ("Ministry of X",
  "Supreme Court", "Winrock International"), kind from the keyword;
- people: titles before names, speech verbs, appositions, a lower-case role
  noun before a full name ("prosecutor Maria Delgado"), an age between commas
  after one ("Grace Otieno, 34,"), later surnames.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.attrs import IDX, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import RuleFileError
from ..rules.acronyms import expansion_matches, is_acronym, long_form_start, spells, translated_long_form_start
from ..rules.actors import (
    ACTOR_KINDS, ARTICLES, BROKEN_AT_LINE_END as _BROKEN_AT_LINE_END, NAME_CAPITALS, NAME_SMALL_LETTERS, ActorWords,
    OrgName, PORTFOLIO_BODIES, SMALL_LEGAL_FORM, SMALL_LEGAL_FORMS, Word,
    build_keywords, capitalised_runs, country_prefix, government_before, WordIndex, exact_key, find_whole,
    government_name, lookup_country, lookup_demonym, numbered_tail, org_from_run, org_key, split_words,
    with_company_tail, with_label, with_portfolios, with_court_seat, with_seat_before_acronym, join_broken_words,
)
from ..rules.countries import country_by_code, find_country_mentions, lookup_subdivision, trie_pattern
from ..rules.countries import preload as preload_countries
from ..rules.dates import DateWords
from ..rules.people import (
    NAME_PARTICLES, RANK_MODIFIERS, ROLE_PREFIXES, VIETNAMESE_MIDDLE, PeopleWords, acronym_before, affiliation_after,
    apposition, build_titles, is_name_word, name_after, name_before, plain_gap, role_before, title_key,
)
from ..rules.resources import model_path, read_json, read_jsonl, read_word_list
from ..rules.tables import CELL_SEPARATOR, Cell, read_tables
from .extensions import doc_meta, section_at
from .sentences import doc_text

KEY = "ctip_actors"
GAZETTEER_KEYS = ("name", "aliases", "kind", "country", "source", "small_letters", "generic")
KEYWORD_KEYS = ("keyword", "kind", "position", "standalone", "opener", "trade")
WORD_LIST_KEYS = ("connectors", "leading_stop", "not_org_heads", "international_openers", "subnational",
                  "speech_verbs", "role_nouns", "not_name_words", "place_prepositions", "honorifics", "state_openers", "state_words",
                  "role_modifiers", "descriptors", "roles_not_before_names", "not_body_heads", "not_actor_names",
                  "office_holders", "purpose_verbs", "topics_after_on", "seats", "generic_courts", "program_heads", "name_openers", "regions",
                  "portfolio_words", "body_verbs", "body_modals", "body_staff", "paper_heads", "person_nouns",
                  "adjective_endings", "topics_based", "force_modifiers", "document_heads", "imperative_openers",
                  "campaign_groups", "people_columns", "affiliation_columns", "role_columns", "body_columns")

_PARENS = re.compile(r"\([ \t]*([A-Z][^()\n]{1,150}?)[ \t]*\)")
_FIRST_TOKEN = re.compile(r"[A-Z][A-Za-z0-9&./\-]{1,11}")
_ACR_REST = re.compile(r"(?:\s*(?:;|,|or)\s*[^()]{1,40})?")
_GOV_WORD = re.compile(r"\b(?:[Gg]overnment|[Aa]uthorities|[Rr]egime)\b")
# "the government of Australia", "the governments of Khyber Pakhtunkhwa and Sindh" (written small)
_GOV_OF = re.compile(r"\b(?P<head>governments?|Governments)[ \t]+of[ \t]+(?:the[ \t]+)?"
                     # a state's long form: "the government of the Republic of Cyprus"
                     r"(?P<names>(?:(?:[A-Z][\w'’]*[ \t]+){0,2}(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|State)"
                     r"[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                     r"(?:St\.[ \t]+)?[A-Z][\w'’-]*(?:,?[ \t]+(?:and[ \t]+|d['’](?=[A-Z])|St\.[ \t]+)?[A-Z][\w'’-]*)*)")
# ("Côte d'Ivoire", "St. Maarten", "St. Kitts and Nevis")
# a government of a level below the country, the level in small letters: "Rio de Janeiro state government", "state
# government in Mato Grosso" (a capitalised place of up to four words, Portuguese and Spanish particles inside)
_PLACE = r"(?!The\b)[A-Z][\w'’-]+(?:[ \t]+(?:(?:de|da|do|dos|das|del|la|el)[ \t]+)?[A-Z][\w'’-]+){0,3}"
# the levels of a government below a country's ("the provincial government of Sindh", "the departmental government of
# La Paz")
_GOVERNMENT_LEVELS = ("state", "provincial", "regional", "municipal", "city", "county", "departmental", "prefectural",
                      "cantonal", "district")
_LEVELS = "|".join(_GOVERNMENT_LEVELS)
_LEVEL_GOVERNMENT = re.compile(rf"(?P<before>{_PLACE})[ \t]+(?P<level>{_LEVELS})"
                               rf"[ \t]+government\b|\b(?P<level2>{_LEVELS})[ \t]+"
                               rf"government[ \t]+(?:in|of)[ \t]+(?P<after>{_PLACE})")
_AND_OR_COMMA = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")
_HEAD_AFTER = re.compile(r"[ \t]+(program|programme|project|initiative|campaign|task force|committee|commission)\b")
# (a name's last letter may be past ASCII: "Petrović,"; its own script in brackets may follow it: "Chen Hsiu-ling (陳秀玲),")
_NAME_COMMA = re.compile(rf"[{NAME_SMALL_LETTERS}](?P<bracket>[ \t]\([^()\n,]{{1,30}}\))?,[ \t]+")
# (a name ahead, in the patterns below, is "(?=[A-Z\u00C0-\u00DE\u0100-\u017F])": a capital of ASCII, Latin-1 or
# Latin Extended-A, so "his lawyer, Øyvind Brattli" and "Prosecutor Łukasz Nowak" are names as "John Smith" is)
# "28-year-old Bikram Lama", "a 44-year-old woman, Osayuwamen Ehigiator,"
_AGE_IN_ROLE = re.compile(r"^\d{1,3}-year-old[ \t]+")
_AGE_THEN_NAME = re.compile(r"\b[1-9]\d?-year-old[ \t]+(?:(?:woman|man|girl|boy|mother|father|widow|teenager|trader|"
                            r"businessman|businesswoman|farmer|driver|nurse|teacher|student)[ \t]*,[ \t]+)?(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
_PSEUDONYM = re.compile(r"\((?:not[ \t]+(?:his|her|their)[ \t]+real[ \t]+names?|(?:a[ \t]+)?pseudonym|"
                        r"names?[ \t]+(?:changed|(?:has|have)[ \t]+been[ \t]+changed))\b")  # (the bracket first: a fast scan)
# "Grace Otieno, 34, ", "Fatmata Conteh, 36;", "Rokeya Khatun, 52 -- as ..."
_NAME_AGE = re.compile(rf",(?:(?<=[{NAME_SMALL_LETTERS}],)|(?<=[{NAME_SMALL_LETTERS}]['\u2019],))[ \t]+(?:aged[ \t]+)?[1-9]\d(?:[,;]|[ \t]*(?:--|[\u2013\u2014]))[ \t]+")
_LAST_NAME_AGE = re.compile(rf",(?<=[{NAME_SMALL_LETTERS}],)[ \t]+[1-9]\d\.(?=[ \t]|$)", re.M)
# "Armando Cossa (44) and ...", "Shamim Ansari (29) of Sitamarhi": the bracket after a name, then a comma, a
# stop, a verb or where the person is from (the bracket first)
_NAME_AGE_BRACKET = re.compile(r"\((?P<bracketed>[1-9]\d)\)(?=[ \t]*[,.;]|[ \t]+(?:and|was|were|is|has|had|who|of|from|"
                               r"appeared|faces?|pleaded|denied|remains?|to)\b)")
# counsel in a court report: ", defending," / ", prosecuting," after the name and its post-nominal letters
# (or whom they act for: ", representing Hughes,", ", for the defence,")
_COUNSEL = re.compile(r",[ \t]+(?:(?P<side>defending|prosecuting)|representing[ \t]+(?P<client>(?:the[ \t]+)?[A-Z][\w'\u2019\-]*"
                      r"(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})|for[ \t]+the[ \t]+(?P<party>defen[cs]e|prosecution|Crown)),")
# a given name (or two) and a surname's initial, not followed by more of the name: "Marius D.", "Efraín N."
_INITIALLED_NAME = re.compile(rf"(?<![\w.])(?P<given>[{NAME_CAPITALS}][{NAME_SMALL_LETTERS}]+(?:[- ][{NAME_CAPITALS}]"
                              rf"[{NAME_SMALL_LETTERS}]+)?)[ \t][A-Z]\.(?=[,;)]|[ \t]+[a-z]|[ \t]+\([1-9]\d\))")
# what the courts and police do to a person: the verbs the patterns below share
_COURT_VERBS = "arrested|charged|convicted|sentenced|jailed|acquitted|indicted"
_ACTED_ON_BEFORE = re.compile(rf"\b(?:detained|{_COURT_VERBS})[ \t]+\Z")
_NAMED_AS = re.compile(r"\b(?:identified|named|known|referred[ \t]+to)[ \t]+(?:only[ \t]+)?as[ \t]+\Z")
_POST_NOMINAL = re.compile(r"[ \t]+(?:SC|BL|KC|QC)\Z")
_COUNSEL_TITLE = re.compile(r"[ \t](?:SC|BL|KC|QC)(?=[,;.)]|[ \t]+(?:told|said|argued|added|submitted|for)\b)")  # "Counsel for Mr Ó Súilleabháin, Róisín Murray BL, said"
_ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})
# a name given after "identified as" (not "identified as victims", nor "known as the ..." a body's name)
_IDENTIFIED_AS = re.compile(r"\b(?:were|was|been|being|is|are|suspect|suspects|man|woman|men|women|[a-z]{3,}ers|,)[ \t]+"
                            r"identified[ \t]+as[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])|\bidentified[ \t]+(?:him|her|them|the[ \t]+\w+)[ \t]+as[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
# words saying that the name after them is all the story gives: "identified only as", "by his first name,"
_ONLY_NAMED = re.compile(r"\b(?:identified|named|known|referred[ \t]+to)[ \t]+only[ \t]+"
                         r"(?:as|by[ \t]+(?:his|her|their)[ \t]+(?:first|given)[ \t]+names?,?)[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])"
                         r"|\bgave[ \t]+(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:(?:first|given)[ \t]+)?names?"
                         r"(?:[ \t]+only)?(?:[ \t]+as)?,?[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])|\basked[ \t]+to[ \t]+be[ \t]+called[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
# people named by their initials alone, each maybe with an age: "identified only by their initials MH, 45, SR, 38,
# and DK, 51"
_BY_INITIALS = re.compile(r"\bby[ \t]+(?:his|her|their)[ \t]+initials,?[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
_INITIALS_ITEM = re.compile(r"(?:and[ \t]+)?(?P<initials>[A-Z]{2,3}|(?:[A-Z]\.){2,3})(?![\w.])(?:,[ \t]*\d{1,2}\b)?"
                            r"(?:,?[ \t]+(?=and[ \t])|,[ \t]*(?=[A-Z]{2}|(?:[A-Z]\.){2}|and[ \t]))?")
_AFTER_A_WORD = re.compile(rf"[{NAME_SMALL_LETTERS}][ \t]*$")  # what a name's last letter and a space before a bracket look like
_NAME_WHO = re.compile(rf",(?<=[{NAME_SMALL_LETTERS}],)[ \t]+who[ \t]")  # "against Darnell Keyes, who" (the comma first: a fast scan)
# what the courts and police did to a person named right before: "Sibusiso Mthembu was convicted"
_NAME_PASSIVE = re.compile(rf"(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:{_COURT_VERBS}|extradited)\b")  # (after a name's last letter and a space)
# an acronym, a dash or comma, and a description naming a public body (the lookbehind after the first
# letter keeps the regex's fast first-character scan)
_ACRONYM_THEN_UNIT = re.compile(r"(?P<name>[A-Z](?<![\w][A-Z])[A-Z]{1,7})(?![\w'’])[ \t]*(?:,|\u2014|\u0160|--|[ \t][-\u2013])"
                                r"[ \t]*(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:unit|agency|directorate|brigade|"
                                r"division|police[ \t]+force|task[ \t]+force)\b")
# an acronym and the small words after it (the capital first: a fast scan)
_JOINING = frozenset({"and", "or", "to", "of", "in", "for"})  # staff after these serve someone else
# a court's or the police's verb, an article, a role in small letters maybe, then a name: "sentenced bar owner ",
# "convicted a fisherman, "
_ACTED_ON = re.compile(rf"\b(?:{_COURT_VERBS}|fined|prosecuted|extradited|(?P<found>found))"
                       r"[ \t]+(?:(?:a|an|the)[ \t]+)?"
                       r"(?P<role>(?:[a-z][a-z\-]*[ \t]+){0,3}?(?:[a-z][a-z\-]*(?=,)|(?<=[ \t])))?(?P<comma>,[ \t]+)?(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
# what follows the name of a person acted on: "to eight years", "of forcing", "for", a comma
_AFTER_ACTED_ON = re.compile(r"(?:[ \t]+(?:to|of|for|in|on)\b|,|\.)")
_AFTER_FOUND = re.compile(r"[ \t]+(?:not[ \t]+)?guilty\b")  # "found Kelvin Siame guilty" (not "found Maria in ...")
# bodies listed under one plural: "Ministries of Justice and Foreign Affairs", "Departments of Justice, Homeland Security
# and Labor", "Embassies of the Philippines, India, and Sri Lanka" (items of capitalised words, "the" allowed before one, commas and a last "and")
_CAPS = r"(?:the[ \t]+)?[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3}"
_LISTED_BODIES = re.compile(rf"\b(?P<plural>Ministries|Departments|Embassies)[ \t]+of[ \t]+(?P<items>{_CAPS}(?:,[ \t]*{_CAPS})*,?[ \t]+and[ \t]+{_CAPS})")
_LOCAL_LEVEL_BEFORE = re.compile(r"\b(?:[Pp]rovincial|[Dd]istrict|[Ss]tate|[Ll]ocal|[Rr]egional|[Mm]unicipal|[Cc]ounty|[Cc]ity)[ \t]+$")
_SEAT_JOINERS = frozenset({"and", "of", "in", "&"})  # inside the post a title names: "for Security and Operations"
_LISTED_HEADS = {"Ministries": "Ministry", "Departments": "Department", "Embassies": "Embassy"}
_LIST_SPLIT = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")
# "a trafficker named ", "a woman named ": a person noun, then "named" and the name
# "one suspect, Salem Bashir al-Gharyani,", "a former police constable, Sibusiso Dlamini," (a name closed by a comma)
# (the noun may take a place or what it owns: "a bar owner in San Ignacio, Marisol Cawich,", "the owner of a
# clothing workshop, Hernan Soto Villagran,")
# (each pattern below is tried only right before a rarer anchor found first, see _ending_at: the comma)
_NOUN_THEN_NAME = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he)[ \t]+(?P<role>(?:(?!(?:the|a|an)\b)[\w\-]+[ \t]+){0,3}?"
                             r"(?P<noun>[a-z]+)"
                             r"(?:[ \t]+(?:of|in|at|from)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}?[\w\-]+)?)\Z")
_COMMA_BEFORE_CAPITAL = re.compile(r",[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
# a name opening a sentence or a line, then "is"/"was": "Nattaya Srisuk is programme director at ..."
# (a pattern opening with a capital scans fast; where the sentence starts is checked in code)
_NAME_IS = re.compile(r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-.]*){1,3})[ \t]+"
                      r"(?:is|was|has[ \t]+been|serves[ \t]+as|served[ \t]+as|works[ \t]+as)[ \t]+")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
# a role's body after it: "at Harbour Light Foundation", "with the Visayan Forum", "of the NGO ..."
_ROLE_AT_BODY = re.compile(r"[ \t]+(?:at|with|of|for)[ \t]+(?:the[ \t]+)?(?:NGO[ \t]+)?[A-Z]")
_FIRST_WORD = re.compile(r"[\w.'’\-]+")
# what opens an item of a list of people: a comma, "and", a line's start
_LIST_ITEM_OPENS = re.compile(r"(?:,[ \t]+|\band[ \t]+|^|\n)$")
# a name written before the kind of armed force it is, after "the": "the Kamuina Nsapu armed group", "the Bana
# Mura militia" (not a place: "In Kasai armed groups recruited ...")
_NAMED_ARMED_GROUP = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})[ \t]+\Z")
_ARMED_GROUP_WORDS = re.compile(r"(?:armed[ \t]+groups?|militias?|rebel[ \t]+groups?)(?![\w\-])")  # (no \\b first: slow)
# capitalised words, a bracket (a legal form or the country of registration), then the legal form
_FIRM_OF_PARTNERS = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2})[ \t]+&[ \t]+"
                               r"(?:Partners|Associates)\b")
_BRACKETED_FORM_COMPANY = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w&'\u2019\-]*(?:[ \t]+[A-Z][\w&'\u2019\-]*){0,4})[ \t]+\Z")
_BRACKET_THEN_FORM = re.compile(r"\((?:Pvt|Private|Pte|Pty|[A-Z][a-z]+)\)(?:,?[ \t]+(?:Co\.|Ltd\.?|Limited|Inc\.?|"
                                r"LLC|Sdn\.?|Bhd\.?|Pty\.?|Pte\.?|Pvt\.?|PLC|Corp\.?|GmbH)(?![\w\-]))+")
_NAMED_PERSON = re.compile(r"\b(?:an?|the|one)[ \t]+(?:[a-z\-]+[ \t]+)?(?P<noun>[a-z]+)\Z")
# a court (its name ending on "Court", or its acronym) and the number of its branch: "Regional Trial Court (RTC)
# Branch 54", "RTC Branch 23", "Metropolitan Trial Court Branch No. 4"
_NUMBERED_BRANCH = re.compile(r"(?<![\w\-])(?P<court>(?:[A-Z][\w'\u2019\-]*[ \t]+){0,4}Court|[A-Z][A-Za-z]{0,3}C)"
                              r"(?:[ \t]+\((?P<acr>[A-Z][A-Za-z]{1,5})\))?"
                              # (its seat may come before the branch: "RTC Cebu City, Branch 12", "... Court of Pasay City,
                              # Branch 116")
                              r"(?P<seat>(?:[ \t]+of)?[ \t]+[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2},)?"
                              r"[ \t]+Branch[ \t]+(?:No\.[ \t]*)?(?P<num>\d{1,3})\b")
_NAMED_WORD = re.compile(r"[ \t]+named[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")
# a country's possessive right before a body: "Indonesia's ", "the Philippines' "
_COUNTRY_OWNER = re.compile(r"(?:(?<=\A)|(?<=[\s(\"\u201c]))(?:the[ \t]+)?(?P<country>[A-Z][\w.\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w.\-]*){0,3})"
                            r"(?:['\u2019]s|(?<=s)['\u2019])[ \t]+\Z")
# before a speech verb: the end of a body's name, maybe its acronym in brackets ("... Ireland (MRCI) said")
_BODY_BEFORE_VERB = re.compile(r"(?P<end>)(?:[ \t]+\([A-Z][A-Za-z]{1,9}\))?[ \t]+\Z")
_OF_BEFORE = re.compile(r"\bof(?:[ \t]+the)?[ \t]+\Z")
_OF_GROUP_BEFORE_VERB = re.compile(r"\bof[ \t]+the(?:[ \t]+[^\s,.;:()\"“”]+){1,7}[ \t]+\Z")
_ACTING_ACRONYM = re.compile(r"(?P<name>[A-Z][a-z]?[A-Z][A-Za-z]{0,6})(?:['\u2019]s)?(?P<after>(?:[ \t]+[a-z]+\b){1,3})")
# an acronym as the body behind something: "the MOJ-led committee", "the anti-trafficking units of the OAG"
_LEADING_ACRONYM = re.compile(r"(?<![\w\-/.&])(?P<name>[A-Z][a-z]?[A-Z][A-Za-z]{0,6})\Z")
_LED_SUFFIX = re.compile(r"-(?:led|run|funded|chaired|operated|managed|sponsored|backed)\b")
_STAFF_WORD = re.compile(r"\b(?:units?|officials|officers|investigators|inspectors|agents|personnel|staff|members)"
                         r"[ \t]+(?:of|from)[ \t]+\Z")
_OF_THE_ACRONYM = re.compile(r"the[ \t]+(?P<name>[A-Z][a-z]?[A-Z][A-Za-z]{0,6})(?![\w\-])")
# a public body described in small letters, then the acronym it goes by in its own language: the acronym
# in brackets, then the words right before it
_BRACKETED_ACRONYM = re.compile(r"\((?P<name>[A-Z][A-Za-z]{1,7})\)")
_UNIT_BEFORE_ACRONYM = re.compile(r"\b(?:task[ \t]+force|committee|commission|unit|council|directorate|secretariat|"
                                  r"working[ \t]+group|roundtable)(?:[ \t]+(?:on|for|against|of)[ \t]+"
                                  r"(?P<topic>[a-z][a-z\- ]{0,40}?))?[ \t]+$")
# a given name and "N" for the withheld surname: 'Jesús "N,"', 'Óscar "N"'
_PLACEHOLDER_NAME = re.compile(rf"(?P<given>[{NAME_CAPITALS}][\w'\u2019\-]+(?:[ \t]+[{NAME_CAPITALS}][\w'\u2019\-]+){{0,2}})"
                               r"[ \t]+[\"\u201c]N,?[\"\u201d]")
# a given name after its father's initial, glued: "D.Enkhbold", "Ts.Oyunbileg"
_GLUED_INITIAL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]?\.[A-Z][a-z]{2,}(?![\w.'\u2019])")
_BYLINE_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|BY|Authors?|Reporter|Photo)[ \t]*:?[ \t]*$")
_GERUND = re.compile(r"[a-z]{3,}ing")  # "Licensing", "Banking": no given name (those in "-ing" are short: "Ming")
_PORTFOLIO_LINKS = ("of", "for")  # between a title and its portfolio: "Minister of Justice", "Minister for Labour"
_PORTFOLIO_JOINERS = ("and", "the", "&")  # small words inside a portfolio: "Minister of Labour and the Family"
_COMMON_ACRONYMS = frozenset({"NGO", "NGOS", "INGO", "CSO", "IDP", "IDPS", "MOU", "SOP", "SOPS", "FIR", "FIRS"})  # kinds, not
# bodies (a First Information Report is a police case file)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]ach|[Oo]ne)[ \t]+$")
_SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|[Mm]y name is|[Tt]his is)[ \t]+(?=[A-Z\u00C0-\u00DE\u0100-\u017F])")  # "I'm Abena Owusu-Ansah."
_SELF_INTRODUCTION_WORDS = ("I'm", "I am", "y name is", "his is")
_PLACE_AT_END = re.compile(r"[ \t]+in[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}$")  # "... in El Alto"
_SMALL_LETTER_BODY = re.compile(r"\b(?:by|[Tt]he|and|from|with|of|to|at|in|said|for) (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) "
                                r"(?P<body>police|crown court|magistrates['’] court|department)\b")
# what a role heads after it ("of GRETA", "for the West"), and a name's capital next: the parts the role-then-name
# patterns share
_ROLE_OF = r"(?P<of>[ \t]+(?:of|for)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,5})"
_NAME_NEXT = r"[ \t](?=[A-Z\u00C0-\u00DE\u0100-\u017F])"
_UNIT_WORD = re.compile(r"unit(?<=[ \t]unit)\b")  # (the literal first: a fast scan)
_BRACKETED_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z\-]{1,11})\)")  # "... Survivors (ACTS-SL)": a body's name
# the kind of place a run of names is of, after it: "in the Littoral and Centre regions"
# a minister's portfolio, not a body: "Minister of Foreign Affairs and International Trade", "Secretary of State for the
# Home Department" (but a post in a body: "Secretary of the Anti-Trafficking in Persons Secretariat")
_PORTFOLIO_TITLE_BEFORE = re.compile(r"\b(?:Minister[ \t]+(?:of|for)|Secretary[ \t]+of[ \t]+State[ \t]+for)[ \t]+(?:the[ \t]+)?$")
_PLACES_AFTER = re.compile(r"[ \t]+(?:regions|provinces|districts|states|counties|municipalities|prefectures)\b")
# a law's name, its acronym before its noun: "the Racketeer Influenced and Corrupt Organizations (RICO) Act"
_LAW_AFTER_ACRONYM = re.compile(r"[ \t]+\([A-Z]{2,10}\)[ \t]+(?:Act|Law|Code|Statute|Ordinance|Decree)\b")
_NAMED_SMALL_UNIT = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|['’]s)[ \t]+(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:(?:and|of|in|for|on)[ \t]+)?"
                               r"[A-Z][\w'’\-]*){1,5})(?:[ \t]+\((?P<acr>[A-Z]{2,8})\))?[ \t]+unit$")  # (searched up to the word)
_SMALL_SEAT = re.compile(r"\b(?P<owner>U\.S\.|US|UK|(?!The\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?P<seat>embassy|consulate)\b")
_CAP_WORD = re.compile(r"(?<![\w'’])[A-Z][A-Za-z]*")
# ("d'Ivoire"; "Ser-\nvice", a word a PDF copy broke at a line end, its line break a space in the text the
# rules read)
_CAP = rf"(?:(?:[A-Z]\.){{2,}}|(?:d['’])?[{NAME_CAPITALS}](?:[\w’'&/\u2010\u2011]|{_BROKEN_AT_LINE_END}|-)*\.?)"
_WORD_AND_ACRONYM = re.compile(r"([A-Z][a-z]+)[ \t]+([A-Z][A-Za-z0-9&/\-]{1,11})")
# a body named by its portfolios: "Ministry of ...", "Department of ..."
_PORTFOLIO_OF = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(PORTFOLIO_BODIES)) + r")[ \t]+of\b")
# small words a name may hold between capitalised ones: "Brick by Brick Collective", "Hand in Hand"
_SMALL_WORDS_IN_NAMES = frozenset({"by", "in", "at", "on", "to", "with", "without", "for", "of", "and", "the"})
# a body's name as a table's cell: capitalised words (connectors between), no figures or sentence punctuation
_TABLE_BODY = re.compile(r"[A-Z\u00C0-\u024F][\w'’&.\-]*(?:[ \t]+[\w'’&.\-]+){0,7}")
_SECOND_PARTICLES = frozenset({"der", "den", "de"})  # after "van" or "von" in a name: "Piet van der Merwe"


def _cap_run_pattern(connectors: Iterable[str]) -> re.Pattern[str]:
    """Capitalised words joined by the lexicon's connectors, a connector maybe followed by an article
    ("of the", "contra la", "for Implementing the National Strategy") or a name's second particle ("van
    der"): where `capitalised_runs` will look, and decide."""
    def alternation(words: Iterable[str]) -> str:
        return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))

    return re.compile(
        rf"(?:(?<![\w&'’.\-])|(?<=\bthen-)){_CAP}(?:[ \t]{{1,3}}(?:(?:{alternation(connectors)}|&)"
        # (a line may end after a connector in text wrapped by hand: "Assistance and\nProtection to Victims")
        # (a legal form with periods among the words: "Vertis Personal s.r.o.", "Cantieri Navali S.p.A.")
        rf"(?:[ \t]{{1,3}}|[ \t]*\n[ \t]*)(?:(?:{alternation(ARTICLES | _SECOND_PARTICLES)})[ \t]{{1,3}})?)?"
        rf"(?:{SMALL_LEGAL_FORM}|{_CAP}))*"
    )


_TIP_HEADING = re.compile(r"(?m)^[ \t]*([A-Z][A-Z .,'’()\-]{2,60}?)[ \t]*:[ \t]*(?:TIER\b|SPECIAL CASE)")
# "urged Government to", "received nothing from Government": the word alone, as the press of southern and West
# Africa writes its own country's (after a small word, or opening a sentence before a verb; not "local Government")
_BARE_GOVERNMENT = re.compile(r"(?:(?<=[a-z][ \t])(?<!\bthe[ \t])(?<!\ba[ \t])(?<!local[ \t])(?<!state[ \t])"
                              r"(?<!\bone[ \t])(?<!\bany[ \t])(?<!each[ \t])(?<!every[ \t])(?<!\bno[ \t])(?<!\bits[ \t])"
                              r"(?<!their[ \t])(?<!\bhis[ \t])(?<!\bher[ \t])(?<!\bour[ \t])"
                              r"(?<!central[ \t])(?<!federal[ \t])(?<!national[ \t])(?<!regional[ \t])"
                              r"(?<!provincial[ \t])(?<!municipal[ \t])(?<!county[ \t])(?<!district[ \t])"
                              r"|(?:^|(?<=[.!?\"“][ \t])|(?<=[“\"]))(?=Government[ \t]+(?:is|has|had|was|will|would|did|does|must|"
                              r"should|can|could|says|said|needs|wants)\b))Government\b(?![\-\u2010])"
                              # the head of its phrase, not a word before a noun ("Under Government regulations")
                              r"(?=[ \t]*[.,;:)\"”'’]|[ \t]+(?:to|for|and|is|has|had|was|will|would|did|does|must|should|can|"
                              r"could|says|said|needs|wants|also|have|announced|plans|intends|agreed|approved|allocated|"
                              r"provided|made|took|gave|continues|continued)\b)", re.M)
_THE_GOVERNMENT = re.compile(r"\b[Tt]he[ \t]+[Gg]overnment\b(?![ \t]+(?:of|officials?|employees?|agenc\w+|"
                             r"ministr\w+|position|oversight|personnel|workers?|entities|bodies|body|"
                             r"institutions?|services?|shelters?|facilities|forces|authorities|efforts|funding|"
                             r"data|complicity|officers?|statistics|budget|sources?|representatives?)\b)")


@dataclass
class Cand:
    start: int
    end: int
    key: str
    name: str
    kind: str | None
    rule: str
    prio: int = 1
    country: str | None = None
    role: str | None = None
    affiliation: str | None = None
    alias: bool = True
    short: bool = False  # kept only when a longer mention of the same actor exists
    role_weight: int = 0  # which mention's role wins: apposition 3, title or role noun 2, honorific 1


@dataclass(frozen=True)
class GazEntry:
    name: str
    kind: str
    country: str | None
    generic: bool = False  # an office many countries have ("Director of Public Prosecutions"): whose, the text says


class ActorFinder:
    """Finds actor mentions; everything heavy is built once, in the factory."""

    def __init__(self, nlp: Language, gazetteer: list[dict], lex: ActorWords, people: PeopleWords,
                 government_anaphora: bool) -> None:
        self.lex = lex
        self.cap_run = _cap_run_pattern(lex.connectors | {"at"})  # ("at" only inside a name: "Freedom at Work Fund")
        self.people = people
        self.government_anaphora = government_anaphora
        self._index: WordIndex | None = None  # the words of the document being read
        # the verbs as a prefix tree (longest first, as a length-sorted alternation), behind a check of
        # the first letter that fails fast on most positions
        firsts = "".join(sorted({v[0] for v in lex.speech_verbs if v} | {"A", "a"}))
        self.speech_re = re.compile(rf"(?=[{re.escape(firsts)}])\b(?:[Aa]ccording[ \t]+to|"
                                    + (trie_pattern(list(lex.speech_verbs)) or "(?!)") + r")\b")
        # a run of capitalised words is looked at only when it holds a keyword or a title
        self.cues = frozenset({w.rstrip(".") for kw in lex.keywords for w in kw}
                              | {w.rstrip(".") for t in people.titles for w in t[:1]})
        # the words of _CAP_WORD whose lower case is a cue, found by one regex (ASCII case folding, fast; a
        # cue with a letter past ASCII is also listed capitalised and in capitals: "Fiscalía", "OÜ"; the
        # negative lookahead makes the cue the whole word)
        plain_cues = [c for c in self.cues if re.fullmatch(r"[^\W\d_]+", c)]
        plain_cues += [v for c in plain_cues if not c.isascii() for v in {c.capitalize(), c.upper()} - {c}]
        # (and a keyword with periods inside, a legal form closing a name: "Balkan Staffing d.o.o.", "Pesca Austral S.A.")
        # (or written in lower case: "Harcourt & Vale Hotels plc")
        dotted_cues = sorted({w for kw in lex.keywords for w in kw if "." in w.rstrip(".") or w in SMALL_LEGAL_FORMS},
                             key=len, reverse=True)
        self.cue_re = re.compile(r"(?=[A-Z\u00C0-\u00DE\u0100-\u017F])(?<![\w'’])(?ai:" + (trie_pattern(plain_cues) or "(?!)")
                                 + r")(?![A-Za-z])|(?<=[ \t])(?i:" + ("|".join(map(re.escape, dotted_cues)) or "(?!)")
                                 + r")(?!\w)")
        roles = "|".join(re.escape(r) for r in sorted(lex.role_nouns, key=len, reverse=True))
        self.role_after = re.compile(r"(?:(?:the|a|an)[ \t]+)?(?:\w+[ \t\-]+){0,3}?(?:" + roles + r")\b",
                                     re.IGNORECASE)
        # a lower-case role noun right before a capitalised word: "prosecutor Maria Delgado", "her deputy, Omar"
        # (as a prefix tree behind a first-letter check, like the speech verbs: an alternation of 70 words
        # tried at every position costs more than the rest of the rule)
        before_names = list(lex.role_nouns - lex.roles_not_before_names)
        # (a hyphenated rank may come first: "vice-chairperson", "deputy-director")
        role_firsts = "".join(sorted({r[0] for r in before_names if r} | {p[0] for p in ROLE_PREFIXES}))
        roles_trie = trie_pattern(before_names) or "(?!)"
        self.role_then_name = re.compile(rf"(?=[{re.escape(role_firsts)}])(?<![\w\-])(?P<role>"
                                         + rf"(?:(?:{'|'.join(ROLE_PREFIXES)})-)?" + roles_trie + r")"
                                         + _ROLE_OF + r"?(?P<acr>[ \t]+\([A-Z]{2,6}\))?(?P<comma>,)?" + _NAME_NEXT)
        # a capitalised role after "the", maybe with what it heads, and a comma: "said the President of GRETA, Sonja
        # Verbeek-Lindqvist", "The EU Anti-Trafficking Coordinator, Katrin Velasco, will ..." (the same groups)
        self.the_title_then_name = re.compile(r"(?<![\w\-])(?:the|The)[ \t]+(?P<role>(?:[A-Z][\w\-]*[ \t]+){0,3}?(?i:"
                                              + roles_trie + r"))" + _ROLE_OF + r"?(?P<acr>(?!))?(?P<comma>,)" + _NAME_NEXT)
        # a role held back from the rule above ("head") only with what it heads and a comma: "IOM's head of office
        # in Solomon Islands, Maria Lopes, said" (the same groups)
        self.headed_then_name = re.compile(r"(?<![\w\-])(?P<role>head)(?P<of>[ \t]+of[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,5})"
                                           r"(?P<acr>(?!))?(?P<comma>,)" + _NAME_NEXT)
        # "Our social worker, Mercy Achieng, and I", "Our correspondent in the Volta Region, Selorm Agbeko,":
        # after a possessive, any role noun names the person between the commas
        self.owned_role_then_name = re.compile(
            r"\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y)[ \t]+(?P<role>(?:[\w\-]+[ \t]+){0,2}?(?i:"
            + (trie_pattern(list(lex.role_nouns)) or "(?!)")
            + r"))(?P<seat>[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})?," + _NAME_NEXT)
        # the same role after the name: "Mihail Popa, our peer mentor coordinator, presented ..."
        self.name_then_owned_role = re.compile(
            r",[ \t]+(?:our|their|its|my)[ \t]+(?P<role>(?:[\w\-]+[ \t]+){0,2}?(?:"
            + (trie_pattern(list(lex.role_nouns)) or "(?!)") + r")),")
        # a name that opens a sentence, defined by its role: "Mariana Costa Albuquerque is a labor auditor with ..."
        self.name_is_role = re.compile(r"(?<=[a-z])[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?"
                                       r"(?P<role>" + (trie_pattern(list(lex.role_nouns)) or "(?!)") + r")\b")
        # words inside a title's phrase: "Director for the Protection of Indonesian Citizens at the Ministry of ..."
        self._title_phrase_joiners = lex.connectors | {"at"}
        self.entries: list[GazEntry] = []
        self.by_key: dict[str, int] = {}
        self.by_acronym: dict[str, int] = {}
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.small_letters: dict[str, int] = {}  # forms the press writes in small letters ("gardaí") -> entry
        for row in gazetteer:
            idx = len(self.entries)
            self.entries.append(GazEntry(row["name"], row["kind"], row.get("country"), bool(row.get("generic", False))))
            for form in row.get("small_letters", []):
                self.small_letters[form] = idx
                self.names.add(str(idx), [nlp.make_doc(form)])
            for form in [row["name"], *row.get("aliases", [])]:
                if is_acronym(form.replace(" ", "")) and " " not in form:
                    self.by_acronym[form] = idx
                    self.acronyms.add(str(idx), [nlp.make_doc(form)])
                else:
                    self.by_key.setdefault(exact_key(form), idx)
                    self.names.add(str(idx), [nlp.make_doc(form)])

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # the words of this text, split once for all rules (set per call: components run one doc at a time)
        self._index = WordIndex(text)
        self._branch_parent: dict[str, str] = {}  # a known NGO's branch's key -> the NGO's (see _branch)
        try:
            return self._find(doc, text)
        finally:
            self._index = None

    def _split(self, text: str, lo: int, hi: int) -> list[Word]:
        """split_words(text[lo:hi], lo), from the words of the current document when it is `text`."""
        index = self._index
        if index is not None and index.text is text:
            return index.between(lo, hi)
        return split_words(text[lo:hi], lo)

    def _find(self, doc: Doc, text: str) -> Doc:
        cands: list[Cand] = []
        starts = _sentence_starts(doc)
        start_set = frozenset(starts)
        heading_countries = self._tip_headings(doc, text)
        self._gazetteer(doc, text, cands)
        acr_keys: dict[str, Cand] = {}
        self._acronym_definitions(text, starts, cands, acr_keys)
        if acr_keys:  # the document's own "Community Bridge Partnership (CBP)" outranks the gazetteer's CBP
            cands[:] = [c for c in cands if not (c.rule == "gazetteer" and c.key != acr_keys.get(text[c.start:c.end], c).key)]
        self._governments(text, starts, cands)
        self._governments_of(text, cands)
        self._local_governments(text, cands)
        self._lowercase_seats(text, cands)
        self._small_letter_units(text, cands)
        self._small_letter_bodies(text, cands)
        if "Parliament" in text or "Congress" in text or "Senate" in text or "National Assembly" in text or "Legislature" in text:
            self._legislatures(text, cands)
        if ("the Commission" in text or "the Council" in text) and _NAMES_THE_EU.search(text):
            self._eu_institutions(text, cands)
        self._runs(text, start_set, cands)
        if "Branch " in text:
            self._numbered_branches(text, cands)
        if acr_keys:
            defined = {c.end: c.start for c in cands if c.rule == "acronym_definition"}
            cands[:] = [c for c in cands if not (c.rule == "org_keyword" and self._verb_before_long_form(
                text, c.start, defined.get(c.end, c.start)))]
        self._speech(text, starts, cands)
        self._appositions(text, cands)
        self._role_people(text, cands)
        self._titled_appositions(text, cands)
        self._names_before_titles(text, cands)
        if " is " in text or " was " in text:
            self._copular_roles(text, cands)
        self._owned_role_people(text, cands)
        self._aged_people(text, cands)
        if "(" in text:
            self._people_with_bodies_in_brackets(text, cands)
        if "-year-old" in text or _AGE_BETWEEN_COMMAS.search(text):
            self._given_name_aged(text, cands)
        self._initialled_people(text, cands)
        self._glued_initial_people(text, cands)
        if '"N' in text or "\u201cN" in text:
            self._placeholder_people(text, cands)
        if " as " in text:
            self._named_as_people(text, cands)
        if " only " in text or " called " in text:
            self._only_named_people(text, cands)
        self._counsel_people(text, cands)
        self._court_people(text, cands)
        if " v. " in text or " v " in text or " vs" in text:
            self._accused_in_case_titles(text, cands)
        if "name" in text or "pseudonym" in text:
            self._pseudonymous_people(text, cands)
            self._named_people(text, cands)
        if '"' in text or "\u201c" in text or " '" in text or "\u2018" in text:
            self._nicknamed_people(text, cands)
        self._noun_then_name(text, cands)
        self._listed_people(text, cands)
        self._aged_before_names(text, cands)
        self._who_people(text, cands)
        self._credited_people(text, cands)
        if ", " in text:
            self._name_role_lines(text, cands)
            if ": " in text:
                self._speaker_lists(text, cands)
        if CELL_SEPARATOR in text:
            self._people_in_tables(text, cands)
            self._bodies_in_tables(text, cands)
        self._dateline_agency(text, cands)
        self._named_projects(text, cands)
        self._named_operations(text, cands)
        if ") " in text:
            self._bracketed_form_companies(text, cands)
        self._firms_of_partners(text, cands)
        if "armed group" in text or "militia" in text or "rebel group" in text:
            for m, _ in _ending_at(_NAMED_ARMED_GROUP, _ARMED_GROUP_WORDS, text, 120):  # "the Kamuina Nsapu armed group"
                words = split_words(m["name"], m.start("name"))
                while words and words[0].lower in self.lex.leading_stop:
                    words.pop(0)
                if words and not self._names_no_body([w.text for w in words]) \
                        and not any(lookup_demonym(w.text) for w in words):
                    name = text[words[0].start:words[-1].end]
                    cands.append(Cand(words[0].start, words[-1].end, f"org:{org_key(name)}", name, "armed_group",
                                      "named_armed_group", 1))
        self._described_bodies(text, cands)
        if "Ministries of" in text or "Departments of" in text or "Embassies of" in text:
            self._listed_bodies(text, cands)
        self._described_acronyms(text, cands, acr_keys)
        if heading_countries or doc_meta(doc).get("kind") == "tip_report":
            self._acting_acronyms(text, cands, acr_keys)
        if (site := doc_meta(doc).get("site_name")) and len(site) > 2 and site in text:
            self._site_name(text, site, cands)
        for author in doc_meta(doc).get("authors") or ():
            if author in text:
                self._page_author(text, author, cands)
        if ".org" in text:
            for m in _ORG_DOMAIN.finditer(text):  # "Migrant-Rights.org, a Gulf-based advocacy group"
                cands.append(Cand(m.start(), m.end(), f"org:{org_key(m.group())}", m.group(), "ngo", "web_name", 1))
        if doc_meta(doc).get("kind") != "tip_report" and (head_end := _title_case_headline_end(text)):
            # a headline in title case capitalises its verbs: "Government of Ghana Hand Over Child Protection Hubs"
            # is no body's name; the bodies it names are named again, in plain case, below it
            # (so is a plural title's: "Senators Demand Answers as ...")
            cands[:] = [c for c in cands if not (c.end <= head_end and (c.rule in _RUN_RULES or c.rule == "person_titles"))]
        _bodies_before_speakers(text, cands)
        if "Committee " in text or "Force " in text or "Unit " in text or "Group " in text or "Team " in text:
            _numbered_bodies(text, cands)
        _without_seats(text, cands)
        # (a place is no person, whatever stands around it: "Justice Centre Hong Kong, whose study ..., said", "Speaking
        # in Addis Ababa, Minister ... said"; a one-word name may be a given name: "Victoria")
        cands[:] = [c for c in cands if c.kind != "person" or (
            lookup_country(c.name) is None and (" " not in c.name or lookup_subdivision(c.name) is None))]
        accepted = _resolve(cands, len(text))
        _fold_into_branches(accepted, self._branch_parent)
        if doc.has_annotation("ENT_IOB"):  # a trained pipeline ran first (--model)
            accepted = _resolve(accepted + self._entities(doc, text, accepted), len(text))
        if more := self._names_of_lone_surnames(text, accepted):
            accepted = _resolve(accepted + more, len(text))
        _merge_people(accepted)
        _bodies_of_several_countries(accepted)
        _people_named_as_bodies(accepted, self._name_after_opener)
        accepted += self._affiliated_bodies(text, accepted, acr_keys)
        if " of " in text:
            accepted += self._members_of_bodies(text, accepted)
        accepted += _bracketed_acronyms(text, accepted, acr_keys)
        accepted += _ministry_acronyms(text, accepted, acr_keys)
        accepted = _resolve(self._later_mentions(text, accepted, acr_keys), len(text))
        if self.government_anaphora:
            accepted += self._anaphora(doc, text, self._narrative_headings(doc, heading_countries), accepted)
        if heading_countries or doc_meta(doc).get("sections"):
            _split_by_narrative(doc, accepted, heading_countries)
        doc.spans[KEY] = self._spans(doc, text, accepted, heading_countries)
        return doc

    # ------------------------------------------------------------ rules
    def _entities(self, doc: Doc, text: str, accepted: list[Cand]) -> list[Cand]:
        """With a trained pipeline (--model): ORG entities the rules missed that hold an organisation
        keyword (which gives their kind) and do not end in a word that names no organisation ("Act",
        "Day"); only where no rule mention lies, so entities never replace what the rules found.
        PERSON entities are not used: on TIP text en_core_web_sm tags places ("Mato Grosso",
        "Burkina Faso") as people more often than it finds a name the title and speech rules missed;
        GPE and NORP entities are country names, not actors of their own."""
        occupied = _occupied(accepted, len(text))
        lex = self.lex
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or any(occupied[ent.start_char:ent.end_char]):
                continue
            words = split_words(ent.text, ent.start_char)
            while words and (not words[0].capitalised or words[0].lower in lex.leading_stop):
                words = words[1:]  # "the", "police chief"
            if len(words) < 2 or not all(w.capitalised or w.lower in lex.connectors for w in words) \
                    or any(any(ch.isdigit() for ch in w.text) for w in words) or words[-1].lower in lex.not_org_heads:
                continue
            hits = [lex.keyword_at(words, i) for i in range(len(words))]
            kind = next((hit[0].kind for hit in hits if hit), None)
            if kind is None:
                continue
            name = _words_text(words)
            out.append(Cand(words[0].start, words[-1].end, f"org:{org_key(name)}", name, kind, "ner_org", 0))
        return out

    def _gazetteer(self, doc: Doc, text: str, cands: list[Cand]) -> None:
        starts: list[int] | None = None  # the character offset of every token, when a match needs them
        for matcher, exact in ((self.names, False), (self.acronyms, True)):
            for match_id, start, end in matcher(doc):
                if starts is None:
                    starts = doc.to_array(IDX).tolist()
                first = starts[start]
                span = doc[start:end]
                if not text[first].isupper() and not text[first].isdigit() and text[first:first + 3] not in _ARABIC_ARTICLES \
                        and span.text not in self.small_letters:
                    continue  # the span's first character (small in "al-Shabaab"; a digit in "24.kg"; "gardaí")
                if exact and (_in_capitals_line(doc, start, end)
                              or _inside_hyphenated(text, span.start_char, span.end_char)):
                    continue  # (a heading in capitals; "AU" of "PORT-AU-PRINCE")
                idx = int(doc.vocab.strings[match_id])
                cands.append(self._gazetteer_cand(idx, span.start_char, span.end_char, "gazetteer"))
                if self.entries[idx].kind in ("ngo", "program") \
                        and (branch := self._branch(text, span.start_char, span.end_char, self.entries[idx].kind)):
                    self._branch_parent[branch.key] = f"gaz:{idx}"
                    cands.append(branch)

    @staticmethod
    def _branch(text: str, start: int, end: int, kind: str) -> Cand | None:
        """A known NGO's or programme's branch in a country, named by the country after its name: "La Strada
        Moldova", "Save the Children Fiji", "Better Work Jordan" (an actor of its own; an international body's
        country office is the body itself: "IOM Ghana")."""
        m = _BRANCH_COUNTRY.match(text, end)
        if m is None:
            return None
        words = m["country"].split()
        for k in range(len(words), 0, -1):
            country = lookup_country(" ".join(words[:k]))
            if country is not None:
                if k < len(words):
                    return None  # a longer name goes on: "Save the Children Kenya Country Office"
                branch_end = m.end("country")
                name = " ".join(text[start:branch_end].split())
                return Cand(start, branch_end, f"org:{org_key(name)}", name, kind, "gazetteer_branch", 3,
                            country.alpha3)
        return None

    def _gazetteer_cand(self, idx: int, start: int, end: int, rule: str, prio: int = 3) -> Cand:
        """A mention of gazetteer entry `idx` at text[start:end]."""
        e = self.entries[idx]
        if e.generic:  # (keyed as a body the rules found, so that a narrative's country is its country)
            return Cand(start, end, f"org:{org_key(e.name)}", e.name, e.kind, rule, prio)
        return Cand(start, end, f"gaz:{idx}", e.name, e.kind, rule, prio, e.country)

    def _words_before(self, text: str, starts: list[int], pos: int, width: int = 240) -> list[Word]:
        """The words of the sentence holding `pos`, up to `pos` (at most `width` characters back)."""
        lo = max(_sentence_start(starts, pos), pos - width)
        return self._split(text, lo, pos)

    def _acronym_definitions(self, text: str, starts: list[int], cands: list[Cand], acr_keys: dict[str, Cand]) -> None:
        """"Ministry of Security (MOS)" and "NAPTIP (National Agency for ...)"."""
        for m in _PARENS.finditer(text):
            inside = m.group(1)
            first = _FIRST_TOKEN.match(inside)
            acronym = first.group() if first else ""
            if acronym and is_acronym(acronym) and _ACR_REST.fullmatch(inside[len(acronym):]):
                if not _LAW_AFTER_ACRONYM.match(text, m.start() - 1):  # (not a law's: "... Organizations (RICO) Act")
                    self._long_form_before(text, starts, m.start(), acronym, m.start(1), cands, acr_keys)
                continue
            if "," in inside and self._translated_definition(text, starts, m.start(), m.start(1), inside, cands,
                                                             acr_keys):
                continue
            named = _WORD_AND_ACRONYM.fullmatch(inside)
            if named and is_acronym(named.group(2)):
                # "(Asia CTIP)": a name word kept whole before an acronym; "Asia Counter Trafficking in Persons"
                # spells A + CTIP
                self._long_form_before(text, starts, m.start(), inside, m.start(1), cands, acr_keys,
                                       letters=named.group(1)[0] + named.group(2))
                continue
            # "NAPTIP (National Agency for ...)": the word before the bracket is the acronym
            lo = max(0, m.start() - 14)
            head = text[lo:m.start()].rstrip(" \t")
            prev = head.rsplit(None, 1)[-1] if head.strip() else ""
            a_start = lo + len(head) - len(prev)
            if not prev or not is_acronym(prev) or (a_start > 0 and not text[a_start - 1].isspace()):
                continue
            inner = self._split(text, m.start(1), m.end(1))
            if not inner or not expansion_matches(prev, [w.text for w in inner]):
                continue
            cand = self._long_form(text, inner, inner, False)
            if cand is not None:
                self._add_definition(cand, prev, a_start, cands, acr_keys)

    def _long_form_before(self, text: str, starts: list[int], paren: int, acronym: str, a_start: int,
                          cands: list[Cand], acr_keys: dict[str, Cand], letters: str | None = None) -> None:
        """The long form written before "(ACRONYM)"; `letters`: what it must spell when the bracket
        holds more than an acronym."""
        before = self._name_words_before(text, starts, paren)
        if not before:
            return
        start = long_form_start(letters or acronym, [w.text for w in before])
        if start is None and letters is None:
            start = translated_long_form_start(acronym, [w.text for w in before])
        if start is None:
            self._small_long_form(before, letters or acronym, acronym, a_start, cands, acr_keys)
            return
        long_words = before[start:]
        if tuple(w.lower for w in long_words) in self.people.titles:
            close = text.find(")", a_start)
            after = self._split(text, close + 1, min(len(text), close + 80)) if close >= 0 else []
            first = 1 if len(after) > 1 and after[0].lower.rstrip(".") in self.people.honorifics else 0  # "(DSP) Mr ..."
            held = name_after(after, first, self.people, self.lex) if after else 0
            if after and text[close + 1:after[0].start] == " " and held >= 2:
                # a rank and its holder: "Deputy Superintendent of Police (DSP) Abena Nyarko"
                cands.append(_person(after[first:first + held], "person_title", 3, _words_text(long_words), None, 2))
                return
        lead = before[:start]
        # a country word just before the long form belongs to the mention ("Libyan Government of ...")
        ext = 0
        for k in range(min(4, len(lead)), 0, -1):
            if lead[-k].capitalised and lead[-k].lower != "the" and country_prefix(lead[-k:])[0] == k:
                ext = k
                break
        surface_words = lead[len(lead) - ext:] + long_words if ext else long_words
        cand = self._long_form(text, surface_words, long_words, bool(ext))
        if cand is None:
            # "the Counter Trafficking in Persons (CTIP) program": a lower-case head after the bracket
            after = _HEAD_AFTER.match(text, text.index(")", a_start) + 1)
            if after is not None and long_words[-1].lower not in self.lex.not_org_heads:
                long_text = _words_text(long_words)
                kind = self.lex.keywords[tuple(after.group(1).lower().split())].kind
                cand = Cand(surface_words[0].start, long_words[-1].end, f"org:{org_key(long_text)}", long_text, kind,
                            "acronym_definition", 3)
        if cand is not None:
            self._add_definition(cand, acronym, a_start, cands, acr_keys)

    def _name_words_before(self, text: str, starts: list[int], paren: int) -> list[Word]:
        """The words of a name written right before the bracket at `paren` (at most 14), or []."""
        words = self._words_before(text, starts, paren, 200)
        before: list[Word] = []
        for w in reversed(words):
            # a comma may sit inside a long form between capitalised words ("Ministry of Gender, Children
            # and Social Protection (MOGCSP)"); the acronym's spelling decides where the long form starts
            gap = text[w.end:before[0].start] if before else ""
            # ... and a plural possessive: "Bangladesh National Woman Lawyers' Association (BNWLA)"
            if before and not plain_gap(text, w, before[0]) and not (
                    gap == ", " and w.capitalised and (before[0].capitalised or before[0].lower in ("and", "&"))) \
                    and not (gap in ("' ", "\u2019 ") and w.text.endswith("s") and w.capitalised):
                break
            before.insert(0, w)
            if len(before) >= 14:
                break
        if not before or text[before[-1].end + (2 if before[-1].possessive else 0):paren].strip():
            return []
        return before

    def _translated_definition(self, text: str, starts: list[int], paren: int, inside_start: int, inside: str,
                               cands: list[Cand], acr_keys: dict[str, Cand]) -> bool:
        """"Immediate Response Team (Equipo de Respuesta Inmediata, ERI)": a name in English, then in its
        own language with the acronym that spells that one. The English name takes both as aliases."""
        foreign, _, acronym = inside.rpartition(",")
        acronym, foreign = acronym.strip(), foreign.strip()
        if not is_acronym(acronym) or len(foreign.split()) < 2 or not foreign[:1].isupper():
            return False
        before = self._name_words_before(text, starts, paren)
        while before and not before[0].capitalised:
            before = before[1:]
        org = org_from_run(before, text, self.lex) if before else None
        f_start = text.index(foreign, inside_start)
        a_start = inside_start + inside.rindex(acronym)
        if org is None or org.end != before[-1].end:
            # no English name before ("the centers for returned migrants (Centros de Atención al Migrante
            # Retornado, CAMR)"): the body's own name is the name, when its keyword says what it is
            words = split_words(foreign, f_start)
            hit = self.lex.keyword_at(words, 0)
            if hit is None or not all(w.capitalised or w.lower in self.lex.connectors for w in words):
                return False
            cand = Cand(f_start, f_start + len(foreign), f"org:{org_key(foreign)}", " ".join(foreign.split()),
                        hit[0].kind, "acronym_definition", 3)
        else:
            cand = self._org_cand(org, "acronym_definition", 3)
            cands.append(Cand(f_start, f_start + len(foreign), cand.key, cand.name, cand.kind, "translated_name", 3,
                              cand.country))
        self._add_definition(cand, acronym, a_start, cands, acr_keys)
        return True

    def _small_long_form(self, before: list[Word], letters: str, acronym: str, a_start: int, cands: list[Cand],
                         acr_keys: dict[str, Cand]) -> None:
        """A public body whose long form is written in small letters before its acronym: "office of the
        attorney general (OAG)", "anti-trafficking inter-ministerial committee (ATIMC)". Only a singular
        government keyword ends it, and no generic word opens it ("law enforcement agency (LEA)")."""
        for start in range(max(0, len(before) - len(acronym) - 4), len(before) - 1):
            words = before[start:]
            if any(not w.lower.replace("-", "").isalpha() or w.text != w.lower for w in words) \
                    or words[0].lower in _GENERIC_OPENERS or not spells(letters, [w.text for w in words]):
                continue
            if self._is_rank(words):
                return  # "deputy superintendent of police (DSP)"
            head = self.lex.keywords.get((words[-1].lower,))
            prefix = self.lex.keywords.get((words[0].lower,))
            if not ((head is not None and head.head and head.kind == "government")
                    or (prefix is not None and prefix.prefix and prefix.kind == "government"
                        and words[1].lower in ("of", "for"))):
                return  # ("office of the attorney general (OAG)": a prefix keyword before "of")
            name = _words_text(words)
            cand = Cand(words[0].start, words[-1].end, f"org:{org_key(name)}", name, "government",
                        "acronym_definition", 3)
            self._add_definition(cand, acronym, a_start, cands, acr_keys)
            return

    @staticmethod
    def _add_definition(cand: Cand, acronym: str, a_start: int, cands: list[Cand], acr_keys: dict[str, Cand]) -> None:
        cands.append(cand)
        acr = Cand(a_start, a_start + len(acronym), cand.key, cand.name, cand.kind, "acronym", 3, cand.country)
        cands.append(acr)
        acr_keys[acronym] = acr

    def _is_rank(self, words: Sequence[Word]) -> bool:
        """Whether a long form in small letters is a person's rank, not a body: "deputy superintendent of
        police (DSP)" ("the Attorney General's (AG) Department", capitalised, is a body's)."""
        return not any(w.capitalised for w in words) and tuple(w.lower for w in words) in self.people.titles

    def _long_form(self, text: str, surface: Sequence[Word], long_words: Sequence[Word], extended: bool) -> Cand | None:
        """The actor a long form names, from the gazetteer or its keywords; None for a rank in small
        letters ("deputy superintendent of police (DSP)"; "the Attorney General's (AG) Department" is
        a body's)."""
        if self._is_rank(long_words):
            return None
        long_text = _words_text(long_words)
        written = text[long_words[0].start:long_words[-1].end]
        if "," in written:  # a list of portfolios keeps its commas
            long_text = " ".join(written.split())
        start, end = surface[0].start, surface[-1].end
        gaz = self.by_key.get(exact_key(long_text))
        if gaz is not None:
            return self._gazetteer_cand(gaz, start, end, "acronym_definition")
        if lookup_country(long_text) is not None:
            return None  # "Democratic People's Republic of Korea (DPRK)": a country name
        org = org_from_run(list(surface), text, self.lex)
        if org is None and extended:
            org = org_from_run(list(long_words), text, self.lex)
        if org is not None and org.end == end:
            cand = self._org_cand(org, "acronym_definition", 3)
            cand.start = start
            return cand
        kind = self._keyword_kind(long_words)
        if kind is None and len(long_words) >= 3 and long_words[0].lower in self.lex.campaign_groups \
                and long_words[1].lower in ("against", "for"):
            # people who campaign, named by their cause: "Youth Against Irregular Migration (YAIM)", "Lawyers for
            # Human Rights (LHR)" (whatever word the cause ends on)
            return Cand(start, end, f"org:{org_key(long_text)}", long_text, "ngo", "acronym_definition", 3)
        if long_words[-1].lower in self.lex.not_org_heads and long_words[-1].lower not in _BODY_SECTIONS:
            return None  # (but a police force's "Women and Children Protection Section (WACPS)" is a body)
        if kind is None:
            kind = self._unmarked_body_kind(long_words)
            if kind is None:
                return None
            if _NGO_BEFORE.search(text, max(0, start - 40), start):
                kind = "ngo"  # "the NGO Espoir pour les Enfants du Tchad (EPET)": the text says what it is
        return Cand(start, end, f"org:{org_key(long_text)}", long_text, kind, "acronym_definition", 3)

    def _unmarked_body_kind(self, words: Sequence[Word]) -> str | None:
        """The kind of a body named by a long form its acronym spells but holding no organisation
        keyword ("Rapid Action Battalion (RAB)", "Sashastra Seema Bal (SSB)"): a public body; a
        programme when its last word says so ("Wage Protection System (WPS)"); None when that word
        makes it a term or place ("Trafficking in Persons (TIP)") or it is not all capitalised words."""
        lex = self.lex
        if sum(w.capitalised for w in words) < 2 or words[-1].lower in lex.not_body_heads \
                or any(not w.capitalised and w.lower not in lex.connectors for w in words):
            return None
        if words[0].lower in _INSTRUMENTS and len(words) > 1 and words[1].lower in lex.connectors:
            return None  # an instrument named by what it is against or for: "Convention Against Torture (CAT)"
        return "program" if words[-1].lower in lex.program_heads else "government"

    def _keyword_kind(self, words: Sequence[Word]) -> str | None:
        """The kind of the first organisation keyword among `words`, written in the singular or, as a
        long form an acronym spells may be, in the plural ("Local Committees for Controlling Human
        Trafficking (LCCHTs)")."""
        for i in range(len(words)):
            hit = self.lex.keyword_at(words, i)
            if hit is None and words[i].text.endswith("s") and words[i].capitalised:
                hit = self.lex.keyword_at([*words[:i], _singular_word(words[i]), *words[i + 1:]], i)
            if hit is not None:
                return hit[0].kind
        return None

    def _org_cand(self, org: OrgName, rule: str, prio: int) -> Cand:
        if org.government_of:
            country = country_by_code(org.government_of)
            name = government_name(country) if country else org.name
            return Cand(org.start, org.end, f"gov:{org.government_of}", name, "government", rule, prio,
                        org.government_of)
        key = org_key(org.name)
        gaz = self.by_key.get(exact_key(org.surface))
        if gaz is None:
            gaz = self.by_key.get(exact_key(org.name))
        if gaz is not None:
            return self._gazetteer_cand(gaz, org.start, org.end, rule, prio)
        if org.keyword == "government":
            name = org.name
            owner = name.rsplit(" ", 1)[0]
            # "Borno State Government" -> "Government of Borno State"; an adjective stays before the noun:
            # "Kurdistan Regional Government", "Scottish Government", "Welsh Government", "Bavarian Government"
            if name.lower().endswith(" government") and not owner.lower().endswith(self.lex.adjective_endings) \
                    and not owner.lower().endswith((" of", " and")):  # ("the Councils of Government and Ministers")
                name = f"Government of {owner}"
            return Cand(org.start, org.end, f"gov:{key}", name, "government", rule, prio, org.country)
        return Cand(org.start, org.end, f"org:{key}", org.name, org.kind, rule, prio, org.country, short=org.short)

    def _governments(self, text: str, starts: list[int], cands: list[Cand]) -> None:
        """"Cambodian government", "Libyan authorities", "DPRK regime", "Borno State government"."""
        for m in _GOV_WORD.finditer(text):
            lo = max(0, m.start() - 40)
            head = text[lo:m.start()]
            stripped = head.rstrip(" \t")
            if len(stripped) == len(head) or not stripped:
                continue
            last = stripped.rsplit(None, 1)[-1]
            if not last[:1].isupper():
                continue
            words = self._words_before(text, starts, lo + len(stripped), 80)
            if not words:
                continue
            found = government_before(words, text, len(words) - 1, self.lex.subnational)
            if found is None:
                continue
            end, first, country, sub = found
            start = words[first].start
            if country is not None:
                cands.append(Cand(start, end, f"gov:{country.alpha3}", government_name(country), "government",
                                  "government_demonym", 2, country.alpha3))
            elif sub is not None:
                key = f"gov:{org_key(sub)}"
                cands.append(Cand(start, end, key, f"Government of {sub}", "government", "government_local", 2))

    def _lowercase_seats(self, text: str, cands: list[Cand]) -> None:
        """A country's embassy or consulate written in small letters after its demonym or name: "a grant
        from the Dutch embassy in Nairobi", "the Philippine consulate" (one actor per country and seat)."""
        if "embass" not in text and "consulate" not in text:
            return
        for m in _SMALL_SEAT.finditer(text):
            country = lookup_demonym(m["owner"]) or lookup_country(m["owner"])
            if country is None:
                continue
            name = f"{m['owner']} {m['seat']}"
            cands.append(Cand(m.start(), m.end(), f"org:{country.alpha3.lower()} {m['seat']}", name, "government",
                              "seat_small", 1, country.alpha3))

    def _small_letter_units(self, text: str, cands: list[Cand]) -> None:
        """A unit named in capitals with "unit" in small letters: "members of the Serious Organised Crime
        Investigation unit", "the Police Service's Morals and Protection of Minors (PMPM) unit" (not a
        body's own name before it: "the Supreme Court unit")."""
        for hit in _UNIT_WORD.finditer(text):  # the word first, the name before it then
            m = _NAMED_SMALL_UNIT.search(text, max(0, hit.start() - 140), hit.end())
            if m is None:
                continue
            start = _after_owner(text, m.start("name"), m["name"], min_left=2)  # "the Hawks' Serious ... unit"
            name = text[start:m.end("name")]
            words = split_words(name)
            last = self.lex.keyword_at(words, len(words) - 1) if words else None
            if not words or lookup_country(name) or lookup_demonym(words[0].text) \
                    or words[0].lower in self.lex.leading_stop or exact_key(name) in self.by_key \
                    or (last is not None and last[0].head):
                continue
            name = f"{name} unit"
            cands.append(Cand(start, m.end(), f"org:{org_key(name)}", name, "government", "body_small", 1))

    def _legislatures(self, text: str, cands: list[Cand]) -> None:
        """A legislature named by its kind alone, capitalised: "Parliament passed the bill", "the Senate committee"
        (a longer name holding the word is the gazetteer's or the runs' own: "European Parliament")."""
        for m in _LEGISLATURE.finditer(text):
            if m.start() and not text[m.start() - 1].isspace():
                continue  # (a word glued before: "pro-Parliament")
            words = text[max(0, m.start() - 40):m.start()].split()
            last = words[-1] if words else ""
            if last[:1].isupper() and last not in ("The", "A") and last[-1:] not in ".!?:\"\u201c(":
                continue  # (a capitalised word before: "European Parliament", "Kenyan Senate")
            name = m.group()
            cands.append(Cand(m.start(), m.end(), f"org:{org_key(name)}", name, "government", "legislature", 0))

    def _eu_institutions(self, text: str, cands: list[Cand]) -> None:
        """"the Commission" and "the Council" in a text about the European Union, as its own releases name the
        European Commission and the Council of the European Union (not "the Commission on ...", "the Council of
        Europe")."""
        other = {kind for kind in ("Commission", "Council") if _OTHER_BODY_OF_KIND[kind].search(text)}
        for m in _EU_INSTITUTION.finditer(text):
            if m["kind"] in other:
                continue  # the text names another commission or council, which "the Commission" may be: "the National
                # Human Rights Commission ... the Commission found", "the Human Rights Council ... the Council's"
            name = "European Commission" if m["kind"] == "Commission" else "Council of the European Union"
            idx = self.by_key.get(exact_key(name))
            if idx is not None:
                cands.append(self._gazetteer_cand(idx, m.start("kind"), m.end("kind"), "eu_institution"))

    def _small_letter_bodies(self, text: str, cands: list[Cand]) -> None:
        """A place's police force or court with its common noun in small letters, as British papers write
        them: "officers from West Midlands police", "at Birmingham crown court" (not after a demonym or a
        country, which name a government: "Thai police"); a portfolio's department: "the Labour department"."""
        if " police" not in text and " court" not in text and " department" not in text:
            return
        for m in _SMALL_LETTER_BODY.finditer(text):
            place = m["place"]
            first, last = place.split()[0].lower(), place.split()[-1].lower()
            if m["body"] == "department" and (last not in self.lex.portfolio_words or last == "police"):
                continue  # a department by its portfolio, as Indian papers write it: "the Telangana Labour department"
                # (a body's own department is no body of its own: "head of the National Police department for ...")
            if lookup_demonym(place) or lookup_country(place) or lookup_demonym(place.split()[0]) \
                    or first in self.lex.leading_stop or first in self.lex.calendar_words:
                continue
            if m.group().startswith("The ") and (first.endswith(self.lex.adjective_endings) or first in self.lex.force_modifiers):
                continue  # "The Federal police", "The Border police": what kind of force, not whose
            if text.startswith((" station", " post"), m.end()):
                continue  # "at the Saddar police station": a building, named small
            name = f"{place} {m['body']}"
            cands.append(Cand(m.start("place"), m.end(), f"org:{org_key(name)}", name, "government", "body_small", 1))

    def _governments_of(self, text: str, cands: list[Cand]) -> None:
        """"the government of Australia" (a country's), "the government of Azad Jammu and Kashmir", "the
        governments of Khyber Pakhtunkhwa and Sindh" (a province's or state's: one actor each)."""
        for m in _GOV_OF.finditer(text):
            names, at = m["names"], m.start("names")
            cuts = list(_AND_OR_COMMA.finditer(names))
            if m["head"].lower() == "governments":  # one government a name
                parts = _listed_names(names, cuts, at)
            elif cuts and lookup_country(names) is None and lookup_country(names[:cuts[0].start()]):
                parts = [(at, at + cuts[0].start())]  # a country before "and": "of Cambodia and NGOs"
            else:
                # the whole run, "of Azad Jammu and Kashmir", up to a comma ("of Jashpur, Chhattisgarh")
                comma = names.find(",")
                parts = [(at, at + comma if comma >= 0 else m.end())]
            for i, (a, b) in enumerate(parts):
                # the first mention reads "government(s) of X"; a later name alone is no alias of its government
                self._government_of(text, m.start() if i == 0 else a, a, b, cands, alias=i == 0)

    def _local_governments(self, text: str, cands: list[Cand]) -> None:
        """A state's, province's or city's government named with its level in small letters: "the Rio de
        Janeiro state government", "the state government in Mato Grosso"."""
        if not _level_before_government(text):  # (a fast test the pattern needs: most texts fail it)
            return
        for m in _LEVEL_GOVERNMENT.finditer(text):
            group = "before" if m["before"] else "after"
            a, b = m.start(group), m.end(group)
            while (sp := text.find(" ", a, b)) > 0 and (text[a:sp].lower() in self.lex.leading_stop
                                                        or text[a:sp].lower() in self.lex.calendar_words):
                a = sp + 1  # a sentence's first word or a date before the place: "Yesterday Kano state government"
            if lookup_country(text[a:b]) is None:  # ("the Nigerian state government" is the country's)
                self._government_of(text, a if group == "before" else m.start(), a, b, cands, alias=True)

    def _government_of(self, text: str, start: int, a: int, b: int, cands: list[Cand], alias: bool) -> None:
        """One government named by text[a:b] (its mention starting at `start`)."""
        name = text[a:b]
        words = name.split()
        if not words or words[0].lower() in self.people.first_words or any(w.isupper() for w in words) \
                or words[-1].lower() in self.lex.not_org_heads:
            return  # "the government of President X", "... of Cambodia and NGOs", "... of Sindh Province Act"
        country = lookup_country(name)
        if country is not None:
            cands.append(Cand(start, b, f"gov:{country.alpha3}", government_name(country), "government",
                              "government_of", 2, country.alpha3, alias=alias))
        elif lookup_demonym(name) is None:
            cands.append(Cand(start, b, f"gov:{org_key(name)}", f"Government of {name}", "government",
                              "government_local", 2, alias=alias))

    def _runs(self, text: str, start_set: frozenset[int], cands: list[Cand]) -> None:
        """Organisations and titled people in runs of capitalised words."""
        pw, lex = self.people, self.lex
        done = -1
        # where a known body starts: "Ministry of Education and Save the Children" is two bodies
        gazetteer = [c for c in cands if c.rule == "gazetteer"]
        gazetteer_starts = {c.start for c in gazetteer}
        for hit in self.cue_re.finditer(text):  # only runs holding a keyword or a title are looked at
            if hit.start() < done:
                continue
            lo = max(0, hit.start() - 160, text.rfind("\n", 0, hit.start()) + 1)
            if lo >= 2 and text[lo - 2] == "-" and hit.start() - lo < 160:
                lo = max(0, hit.start() - 160, text.rfind("\n", 0, lo - 1) + 1)  # a word broken at the line end before
            m = next((r for r in self.cap_run.finditer(text, lo, min(len(text), hit.end() + 240))
                      if r.end() >= hit.end()), None)
            if m is None or m.start() > hit.start():
                continue
            end = m.end()
            while text.startswith(", ", end) and _PORTFOLIO_OF.search(text, m.start(), end) \
                    and (more := self.cap_run.match(text, end + 2)) is not None:
                end = more.end()  # (portfolios listed with commas: "Ministry of Commerce, Industries, Labour and ...")
            done = end
            words = self._split(text, m.start(), end)
            runs = capitalised_runs(text, words, lex, start_set)
            for r_i, run in enumerate(runs):
                body = _after_title(text, runs[r_i - 1], run, pw) if r_i else run
                if body is not run and len(body) > 2 and len(parts := capitalised_runs(text, body, lex, start_set)) > 1:
                    # the title's end held the run together: "Assistant Commissioner of Police Moses Kato of the
                    # Uganda Police Force" is a name, then a body
                    body = parts[0]
                    runs[r_i + 1:r_i + 1] = parts[1:]
                    prev = runs[r_i - 1]  # (the title and the name, for the title's holder below)
                    run = [*prev, Word(prev[-1].end + 1, run[0].start - 1, "of"), *run[:run.index(body[-1]) + 1]]
                body = self._before_held_title(self._after_holder(body))
                if len(body) >= 3 and body[-1] is run[-1] and body[-1].lower not in lex.portfolio_words \
                        and self._lower_role_follows(text, body[-1].end):
                    body = self._without_seat(body)  # "Transport Workers Union Queensland secretary Jack Smith"
                if body and body[-1] is run[-1] and (held := self._speaker_ending_body(text, body)):
                    # "State Secretary at the Ministry of Interior Natasha Dimovska said": the title's holder ends the run
                    role_start, k = held
                    role = " ".join(text[role_start:body[-k - 1].end].split())
                    cands.append(_person(body[-k:], "person_title", 3, role, None, 3))
                    body = body[:-k]
                org = org_from_run(body, text, lex, sentence_initial=body[0].start in start_set,
                                   is_title=pw.titles_at) if body else None
                known_at = next((i for i, (w, nxt) in enumerate(zip(body, body[1:]))
                                 if w.lower == "and" and nxt.start in gazetteer_starts), None) \
                    if org is not None and " and " in org.name else None
                if known_at is not None or (
                        org is not None and " and " in org.name and exact_key(org.name.rpartition(" and ")[2]) in self.by_key):
                    # "Hope Works and Winrock International", "Ministry of Education and Save the Children": two
                    # bodies, the second one known (the gazetteer finds it); the first is a name of its own when
                    # it holds a keyword
                    cut = known_at if known_at is not None else max(i for i, w in enumerate(body) if w.lower == "and")
                    org = org_from_run(body[:cut], text, lex, sentence_initial=body[0].start in start_set,
                                       is_title=pw.titles_at) if cut > 1 else None
                if org is not None and " and " in org.name and known_at is None \
                        and self._known_body(org.name.partition(" and ")[0].removeprefix("the ")):
                    # a known body first: "La Strada Moldova and the Women's Law Centre" (the gazetteer finds the first)
                    cut = next(i for i, w in enumerate(body) if w.lower == "and")
                    right = body[cut + 1:]
                    right = right[1:] if right and right[0].lower == "the" else right
                    org = org_from_run(right, text, lex, sentence_initial=False, is_title=pw.titles_at) \
                        if len(right) >= 2 else None
                if org is not None and " and " in org.surface and (kw := lex.keywords.get(tuple(org.keyword.split()))) \
                        and kw.trade:
                    # businesses listed: "Golden Jade Spa in Lancaster City and Harmony Foot Spa" (but "Golden Lotus
                    # Massage and Spa" is one): the last one, when more than its trade follows "and"
                    cut = org.surface.rfind(" and ") + 5
                    if len(org.surface[cut:].split()) > max(1, len(kw.words)):  # (not "Paradise Lounge and Sports Bar")
                        org = replace(org, start=org.start + cut, name=" ".join(org.surface[cut:].split()),
                                      surface=org.surface[cut:], country=None)
                if org is not None and (_PLACES_AFTER.match(text, org.end) or _LAW_AFTER_ACRONYM.match(text, org.end)
                                        or _PORTFOLIO_TITLE_BEFORE.search(text, max(0, org.start - 40), org.start)):
                    org = None  # places, named before their kind: "in the Littoral and Centre regions"; a law; a
                    # minister's portfolio: "Deputy Minister of Foreign Affairs and International Trade Mr ..."
                if org is not None and org.name.lower() not in lex.not_actor_names:
                    org = with_court_seat(with_seat_before_acronym(
                        with_company_tail(with_label(with_portfolios(org, text, lex), text), text), text), text, lex)
                    known = next((c for c in gazetteer if c.start < org.start < c.end < org.end
                                  and "\n" not in text[c.end:org.end]), None) \
                        if org.start not in gazetteer_starts else None  # (not a heading's next line: "...\nAdvisory Board")
                    if known is not None:
                        # a known body's office: "the Save the Children EU Office" (the run cut the name after "the")
                        name = " ".join(text[known.start:org.end].split())
                        cands.append(Cand(known.start, org.end, f"org:{org_key(name)}", name, known.kind, "org_keyword",
                                          1, known.country))
                        continue
                    cands.append(self._org_cand(_owned_by_country(org, text), "org_keyword", 1))
                self._titled_people(text, run, cands)

    def _speaker_ending_body(self, text: str, body: list[Word]) -> tuple[int, int] | None:
        """Where the title opens and how many words at the end of `body` name its holder, when a title and its
        link come right before `body`, the body's name ends before the holder's and a speech verb (or ", who")
        follows: (0, 2) in "Head of the Department of Labour Inspection Marko Ilic told". The name is taken as two words
        (the last words of a body's name and a given name look alike)."""
        if len(body) < 4 or not (self.speech_re.match(text, _SPEECH_GAP.match(text, body[-1].end).end())
                                 or text.startswith(", who ", body[-1].end)):
            return None  # (the speech verb first, or a clause only a person takes: most bodies have none after them)
        link = _TITLE_LINK_BEFORE.search(text, max(0, body[0].start - 80), body[0].start)
        prev = self._split(text, link.start(), link.start("link")) if link else []
        if not prev or not (
                prev[-1].lower in self.lex.role_nouns
                or any(i + self.people.titles_at(prev, i) == len(prev) for i in range(len(prev)))):
            return None  # (a title or a role noun ends the words before: "State Secretary", "Head")
        pw, lex = self.people, self.lex
        k = 3 if len(body) >= 5 and body[-2].text in VIETNAMESE_MIDDLE else 2  # ("... Committee Hoang Van Quy")
        name = body[-k:]
        if name_before(body, len(body), pw, lex) < k or any(
                not w.text[:1].isupper() or (w.lower in lex.connectors and w.text not in VIETNAMESE_MIDDLE)
                or w.lower in lex.portfolio_words
                or (w.lower,) in lex.keywords or w.possessive for w in name):
            return None
        rest = body[:-k]
        if rest[-1].lower in lex.connectors or org_from_run(rest, text, lex, sentence_initial=False,
                                                            is_title=pw.titles_at) is None:
            return None
        return prev[0].start, k

    def _before_held_title(self, run: list[Word]) -> list[Word]:
        """`run` without a title that closes it after a name, "IOM Ghana Chief of Mission" (signing a quote) names IOM
        Ghana, not a mission ("Office of the Special Rapporteur" keeps its title), or a title and the person holding it:
        "Lancaster County Court of Common Pleas Judge Patricia A. Holloway"."""
        firsts = self.people.first_words
        for i in range(1, len(run) - 1):
            if run[i].lower not in firsts or run[i - 1].lower in self.lex.connectors or run[i - 1].lower in ARTICLES:
                continue  # (most words open no title: the cheap test first)
            t = self.people.title_at(run, i)
            if t >= 2:  # a title of its own words, then more: "UNODC National Programme Officer Ms Anousone Phommachanh"
                t = self.people.titles_at(run, i)  # (not "Commonwealth Ombudsman Professor ...": a body's head)
            k = name_after(run, i + t, self.people, self.lex) if t and i + t < len(run) else 0
            if k >= 2 and (k == len(run) - i - t or (
                    run[i + t + k].lower == "and"
                    and name_after(run, i + t + k + 1, self.people, self.lex) == len(run) - i - t - k - 1 >= 2)):
                # "Lancaster County Court of Common Pleas Judge Patricia A. Holloway": the court, then her; "Columbus
                # Division of Police Deputy Chief Thomas A. Ferrante and Lydia Marchetti": then a second person
                return self._without_seat(run[:i])
            if t == len(run) - i or (t >= 2 and i + t < len(run) - 1 and run[i + t].text in ("in", "for")
                                     and not any(w.lower in self.lex.connectors for w in run[:i])):
                # (not after a body's own "of": "Office of the Federal Attorney General"); a title's seat after it:
                # "IOM Chief of Mission in The Gambia" (signing a quote) names IOM
                return run if any(w.lower in self.lex.connectors for w in run[:i]) else run[:i]
        return run

    def _lower_role_follows(self, text: str, end: int) -> bool:
        """Whether a lower-case role (a noun, maybe after a modifier or two) and a capitalised word come right after
        `end`: " secretary Jack", " executive director Wahyu"."""
        words = self._split(text, end, min(len(text), end + 60))
        if not words or text[end:words[0].start] != " ":
            return False
        r = self._role_words_end(words, 0, 3)
        return 0 < r < len(words) and words[r - 1].lower in self.lex.role_nouns and words[r].capitalised \
            and plain_gap(text, words[r - 1], words[r])

    def _role_words_end(self, words: Sequence[Word], i: int, most: int = 99) -> int:
        """Where the lower-case role words (modifiers and role nouns, at most `most`) starting at words[i] end."""
        r = i
        while r < min(len(words), i + most) and not words[r].capitalised and (
                words[r].lower in self.lex.role_modifiers or words[r].lower in self.lex.role_nouns):
            r += 1
        return r

    def _without_seat(self, body: list[Word]) -> list[Word]:
        """A body's name without the one word of where its branch is, after its keyword and before a title:
        "Zambia Police Service Copperbelt (Commissioner Joseph Kabaso)" names the Zambia Police Service."""
        if len(body) >= 3 and self.lex.keyword_at(body, len(body) - 1) is None \
                and (hit := self.lex.keyword_at(body, len(body) - 2)) is not None and hit[1] == 1 and hit[0].head \
                and body[-1].capitalised and body[-1].lower not in self.lex.connectors:
            return body[:-1]
        return body

    def _after_holder(self, run: list[Word]) -> list[Word]:
        """`run` without a titled person and the "of" that links them to the body after: "Judge Mahmuda
        Akter of the Human Trafficking Offence Suppression Tribunal" names the tribunal (the person is
        found by _titled_people); after "and", what follows is on its own."""
        t = self.people.titles_at(run, 0)
        if not t and len(run) > 3 and run[0].lower == "the" and (t := self.people.titles_at(run, 1)) >= 2 \
                and t + 2 < len(run) and run[t + 1].lower in ("of", "at"):
            # no name: "The Executive Director of Girls Power Initiative (GPI), Grace ..." names the body after
            rest = run[t + 2:]
            return rest[1:] if rest and rest[0].lower == "the" else rest
        if not t and len(run) > 3 and lookup_country(run[0].text) is not None and (t := self.people.titles_at(run, 1)):
            t += 1  # the country's title: "U.S. Ambassador ..."
        if not t:
            return run
        k = name_after(run, t, self.people, self.lex)
        if k < 2 or t + k >= len(run) - 1 or run[t + k].lower not in ("of", "at", "and"):
            return run  # ("and": "Ambassador Daniel R. Whitfield and Ministry Secretary ..." is no body's name)
        rest = run[t + k + 1:]
        return rest[1:] if rest and rest[0].lower == "the" else rest

    def _titled_people(self, text: str, words: list[Word], cands: list[Cand]) -> None:
        """"Director-General Fatima Waziri-Azi", "U.S. Ambassador W. Patrick Murphy"."""
        pw, lex = self.people, self.lex
        n_words = len(words)
        i = 0
        while i < n_words:
            t = pw.titles_at(words, i)
            if t and i > 0 and words[i - 1].lower in _PORTFOLIO_LINKS:
                t = 0  # a portfolio, not a title: "Deputy Minister of Justice Maria Lopez"
            if not t or i + t >= n_words or not plain_gap(text, words[i + t - 1], words[i + t]):
                i += max(t, 1)
                continue
            if words[i + t].lower in _PORTFOLIO_LINKS and (held := self._portfolio_holder(text, words, i + t)):
                # "Minister of Labour and Social Protection Ana Perez": the portfolio is part of the role
                role_start = self._role_start(text, words, i, honorific=False)
                a, b = held
                if words[a - 1].lower.rstrip(".") in pw.honorifics:
                    a -= 1  # an honorific before the name ends the portfolio: "... and International Trade Mr Tendai Mhlanga"
                affiliation = acronym_before(text, words, role_start)
                portfolio = words[i + t + 1:a]
                portfolio = portfolio[1:] if portfolio and portfolio[0].lower == "the" else portfolio
                body = org_from_run(portfolio, text, lex, is_title=pw.titles_at) \
                    if len(portfolio) > 1 and portfolio[0].lower != "state" else None  # (not "Secretary of State for ...")
                if body is not None and body.end == portfolio[-1].end and body.kind in ("government", "ngo", "international"):
                    # a body for a portfolio: "Director of the Labour Department John Smith" works at the department
                    cands.append(self._org_cand(body, "portfolio_body", 2))
                    affiliation = affiliation or body.name
                name_words = self._with_particles(text, [w for w in words[a:b] if w.lower.rstrip(".") not in pw.honorifics])
                cands.append(_person(name_words, "person_title", 3, _words_text(words[role_start:a]), affiliation, 2))
                i = b
                continue
            while i + t < n_words and "-" in words[i + t].text and plain_gap(text, words[i + t - 1], words[i + t]) \
                    and any(part in lex.role_nouns for part in words[i + t].lower.split("-")):
                t += 1  # a hyphened role after the title is the title's: "Deputy Prosecutor-General Hilma Shikongo"
            k = name_after(words, i + t, pw, lex) if i + t < n_words else 0
            if k == 0 or (k == 1 and not pw.honorific(words[i:i + t]) and not self._speaks_next(text, words[i + t])):
                i += t  # "President Trump" needs a known surname; "Mr. Sokha" does not, nor a speaker: "Councillor
                continue  # Haverkamp asked why ..."
            if any(w.lower in lex.not_org_heads for w in words[i + t + k:i + t + k + 3]) or (
                    words[i].lower in _ROYAL_TITLES and (before := _LOWER_WORD_BEFORE.search(text, 0, words[i].start))
                    and before.group(1) in _WHERE_WORDS):
                i += t + k  # a place named after someone: "Prince Mshiyeni Memorial Hospital", "King Fahd Airport",
                continue  # "outside Prince Alfred Hamlet"
            after = i + t + k
            if after < n_words and plain_gap(text, words[after - 1], words[after]) \
                    and (words[after].lower in lex.role_nouns or pw.titles_at(words, after)):
                if after + 1 < n_words and words[after + 1].capitalised:
                    i += t  # the title's own words go on: "Deputy Fair Work Ombudsman Paul Rasmussen" (no "Fair Work")
                    continue
                if words[after].capitalised and words[after].text.isalpha() and k < 4 and not (
                        after + 1 < n_words and words[after + 1].lower in lex.connectors):
                    k += 1  # a title's word as the surname, nothing after it: "Director Abdul Karim Sheikh said"
            honorific = pw.honorific(words[i:i + t])
            role_start = self._role_start(text, words, i, honorific)
            name_words = words[i + t:i + t + k]
            if k == 1 and words[i + t - 1].lower in _PEERAGES:
                # a peer or a Scottish judge is named by the title: "Lord Ardmore", "Judge Lord Braidwood"
                name_words = words[i + t - 1:i + t + 1]
            if i + t + k == n_words:
                name_words = self._with_particles(text, name_words)
            role = _words_text(words[role_start:i + t - (1 if t > 1 and name_words[0] is words[i + t - 1] else 0)])
            if len(parts := role.split()) > 1 and parts[-1].lower().rstrip(".") in pw.honorifics \
                    and title_key(parts[-2:]) not in pw.titles and parts[-2] not in RANK_MODIFIERS:
                # (not a title of its own: "First Lady", "Rt Revd"; nor a rank of it: "Associate Professor")
                role = " ".join(parts[:-1])  # a title before the honorific: "Social Welfare Officer Ms Grace Lyimo"
            if role_start == 0 and not honorific and (before := _LOWER_WORD_BEFORE.search(text, 0, words[0].start)) \
                    and before.group(1) in lex.role_modifiers:
                role = f"{before.group(1)} {role}"  # the run starts after it: "police Col.", "former President"
            affiliation = acronym_before(text, words, role_start)  # "IOM Director General ..."
            weight = 1 if honorific else 2
            after = text[name_words[-1].end:name_words[-1].end + 300]
            app = apposition(after, lex, before_verb=False)
            if app is not None and app.role:
                role, affiliation, weight = app.role, app.affiliation, 3
            affiliation = affiliation or affiliation_after(after, lex)  # "Inspector Sita Gurung of the ..."
            plural = any(w.text.endswith("s") for w in words[i:i + t]) and not honorific
            if plural:  # each holds the title in the singular: "Councillors ..." are each a councillor
                role = " ".join(w[:-1] if w.endswith("s") and (w[:-1].lower() in lex.role_nouns
                                                             or title_key((w[:-1],)) in pw.titles) else w
                                for w in role.split())
            cands.append(_person(name_words, "person_titles" if plural else "person_title", 3, role, affiliation, weight))
            if plural:
                # a title in the plural names two: "Assistant U.S. Attorneys Megan L. Carrow and Thomas J. Reyes",
                # "Assistant Attorneys General Mark Tillman and Renée Odom"
                # (or more, with commas: "Councillors Tariq Anwar, Joan Pettifer and Priya Chandran")
                end = name_words[-1].end
                while (tail := self._split(text, end, min(len(text), end + 60))) \
                        and (tail[0].lower == "and" or text[end:tail[0].start].strip() == ","):
                    first = 1 if tail[0].lower == "and" else 0
                    k2 = name_after(tail, first, pw, lex)
                    if k2 < 2:
                        break
                    cands.append(_person(tail[first:first + k2], "person_titles", 3, role, affiliation, weight))
                    if first:
                        break
                    end = tail[k2 - 1].end
            i += t + k

    def _with_particles(self, text: str, name_words: list[Word]) -> list[Word]:
        """`name_words` with a particle and the words that go on after it: "Pieter van den Berg", "Mercedes Ortiz de
        Lara"."""
        last = name_words[-1]
        tail = self._split(text, last.end, min(len(text), last.end + 60))
        if not tail or tail[0].lower not in NAME_PARTICLES or not plain_gap(text, last, tail[0]):
            return name_words
        longer = [*name_words, *tail]
        k = len(name_words)
        return longer[:max(k, name_after(longer, 0, self.people, self.lex, max_words=k + 3))]

    def _speaks_next(self, text: str, word: Word) -> bool:
        """Whether a speech verb follows `word` after one space: "Councillor Haverkamp asked", "Director Lindqvist
        replied" (a surname alone after a title, as minutes and court reports write it), or a clause only a
        person takes: "Senator Hontiveros, who chairs the committee"."""
        after = _NEXT_WORD.match(text, word.end)
        return (after is not None and after.group(1) in self.lex.speech_verbs) or text.startswith(", who ", word.end)

    def _role_start(self, text: str, words: list[Word], i: int, honorific: bool) -> int:
        """Where the role opens whose title starts at words[i]: "Assistant Attorney General", "U.S. Ambassador"."""
        role_start = i
        while not honorific and role_start > 0 and words[role_start - 1].lower in self.lex.role_modifiers \
                and plain_gap(text, words[role_start - 1], words[role_start]):
            role_start -= 1  # "Acting Director"
        if role_start > 0 and plain_gap(text, words[role_start - 1], words[role_start]) \
                and country_prefix(words[role_start - 1:role_start])[0] == 1:
            role_start -= 1  # "U.S. Ambassador"
        return role_start

    def _portfolio_holder(self, text: str, words: list[Word], link: int) -> tuple[int, int] | None:
        """The name after a title's portfolio, words[link] being its "of"/"for": (start, end) of
        "Ana Perez" in "Minister of Labour and Social Protection Ana Perez"; None when no name follows.
        The name's words are not portfolio words, and at least one portfolio word stays before it."""
        pw, lex = self.people, self.lex
        e = link + 1
        while e < len(words) and (words[e].capitalised or words[e].lower in _PORTFOLIO_JOINERS) \
                and (plain_gap(text, words[e - 1], words[e])
                     or (words[e].capitalised and text[words[e - 1].end:words[e].start] == ", ")):
            e += 1
        k = min(name_before(words, e, pw, lex), e - link - 2)
        while k >= 2 and (words[e - k].lower in lex.portfolio_words or _GERUND.fullmatch(words[e - k].lower)):
            k -= 1  # (a portfolio's activity: "Vice President for Offshore Gaming Licensing Carlo Villanueva")
        if k < 2 or words[e - k - 1].lower in _PORTFOLIO_JOINERS or not plain_gap(text, words[e - k - 1], words[e - k]):
            return None
        return e - k, e

    def _speech(self, text: str, starts: list[int], cands: list[Cand]) -> None:
        """People next to a speech verb, with the apposition that may sit between them."""
        pw, lex = self.people, self.lex
        bodies: dict[int, list[Cand]] = {}
        for c in cands:
            if c.kind not in (None, "person"):
                bodies.setdefault(c.end, []).append(c)
        for m in self.speech_re.finditer(text):
            vs, ve = m.start(), m.end()
            if self._member_of_body(text, starts, vs, bodies, cands):
                continue
            if m.group().lower().startswith("according"):
                right = self._split(text, ve, ve + 120)
                if right and text[ve:right[0].start].strip(" \t") == "" and not self._affiliated_speaker(text, right, cands):
                    k = name_after(right, 0, pw, lex)
                    if k >= 2:
                        self._speaker(text, right[:k], cands)
                continue
            before = text[max(0, vs - 3):vs].rstrip(" \t")
            after = text[ve:ve + 3].lstrip(" \t")
            # a word, a comma or an abbreviation ("Jr.") may end what stands before the verb
            named_left = before[-1:].isalpha() or before[-1:] == "," or (before[-1:] == "." and before[-2:-1].isalpha())
            if not named_left and not after[:1].isupper():
                continue  # nothing name-like on either side
            left = self._words_before(text, starts, vs, 300) if named_left else []
            verb = Word(vs, ve, m.group())
            if left and plain_gap(text, left[-1], verb):  # "Eang Bunthan said"
                k = name_before(left, len(left), pw, lex)
                if k >= 2 and (opens := _titled_portfolio_before(left, len(left) - k, pw)) is not None \
                        and (held := self._portfolio_holder(text, left, opens + pw.titles_at(left, opens))) \
                        and held[1] == len(left):
                    k = len(left) - held[0]  # "Minister for Safeguarding Helen Marsden said": the portfolio's words
                after_place = len(left) > k and left[-k - 1].lower in lex.place_prepositions
                if after_place and k >= 3 and _title_opens_run(left, len(left) - k - 1, pw):
                    k, after_place = k - 1, False  # "Consul General of Uzbekistan in Almaty Jasur Nematov told": the
                    # seat of the title, then the name
                described = k >= 2 and _NGO_BEFORE.search(text, max(0, left[-k].start - 40), left[-k].start)
                if k >= 2 and not after_place and not described and not _preceded_by_title(left, len(left) - k, pw) \
                        and lookup_demonym(_words_text(left[-k:])) is None:  # ("each Sri Lankan confirmed killed")
                    role, affiliation = role_before(text, left, len(left) - k, lex)
                    cands.append(_person(left[-k:], "person_speech", 1, role, affiliation))
            elif left and text[left[-1].end:vs].strip(" \t)]\"”’'").endswith(","):
                # "The agency's spokesman, Josiah Emerole, said"
                k = name_before(left, len(left), pw, lex)
                n = len(left) - k
                if k >= 2 and n > 0 and text[left[n - 1].end:left[n].start].strip() == "," \
                        and left[n - 1].lower in lex.role_nouns:
                    cands.append(_person(left[n:], "person_speech", 1, left[n - 1].text))
                    continue
                if len(left) > 4 and left[-2].lower == "of" and left[-1].capitalised \
                        and (k2 := name_before(left, len(left) - 2, pw, lex)) >= 2 \
                        and text[left[-k2 - 3].end:left[-k2 - 2].start].strip() == "," \
                        and left[-k2 - 3].lower in lex.role_nouns:
                    # "Van Slyke's attorney, Paul J. Ferraro of Buffalo, said": the name, then where from
                    cands.append(_person(left[-k2 - 2:-2], "person_speech", 1, left[-k2 - 3].text))
                    continue
                if k >= 2 and n > 2 and text[left[n - 1].end:left[n].start].strip() == "," \
                        and (role := self._role_with_seat_before(text, left, n)) is not None:
                    # "IOM's officer-in-charge in Port Moresby, Helena Vukovic, said"
                    cands.append(_person(left[n:], "person_speech", 1, role))
                    continue
                if k >= 2 and n > 1 and text[left[n - 1].end:left[n].start].strip() == "," \
                        and (role := self._title_phrase_before(text, starts, left, n)) is not None:
                    # "The Comptroller of the Nigeria Immigration Service in Kano, Aminu Garba-Dutse, said"
                    cands.append(_person(left[n:], "person_speech", 1, role))
                    continue
                # "Eang Bunthan, the ... manager at X, said"
                for j, w in enumerate(left[:-1]):
                    if not w.capitalised or w.possessive or text[w.end:w.end + 1] != ",":
                        continue
                    k = name_before(left, j + 1, pw, lex)
                    if k < 2 or _preceded_by_title(left, j + 1 - k, pw) \
                            or (j + 1 - k > 0 and left[j - k].lower in lex.place_prepositions):
                        continue
                    if _NGO_BEFORE.search(text, max(0, left[j + 1 - k].start - 40), left[j + 1 - k].start):
                        break  # a body a descriptor names: "Laura Munteanu of the NGO Drum Liber, which ..., said"
                    app = apposition(text[w.end:ve + 1], lex, before_verb=True)
                    if app is None or app.end != text[w.end:ve + 1].rfind(","):
                        continue
                    if app.role is None and (pw.titles_at(left[j + 1:], 0)
                                             or name_after(left, j + 1, pw, lex) == len(left) - j - 1 >= 2):
                        break  # the speaker is in the commas: "the NGO Challenging Heights, Mr Daniel Ofori, says",
                        # "... for National Security and Operations Support, Patrick Rukale, told"
                    if app.role is None and _BODY_THEN_DESCRIPTOR.match(text, left[j + 1 - k].start):
                        break  # a body the commas describe: "Hope Works, a Nairobi-based charity, said"
                    cands.append(_person(left[j + 1 - k:j + 1], "person_apposition", 2, app.role, app.affiliation, 3))
                    break
            right = self._split(text, ve, ve + 120)
            if right and plain_gap(text, verb, right[0]) and not pw.titles_at(right, 0) \
                    and not self._affiliated_speaker(text, right, cands):
                # ("said Tan Sri Ahmad Zahid Hamidi": the titled-people rule reads a title and its name)
                k = name_after(right, 0, pw, lex)  # "said Eang Bunthan"
                if k >= 2:
                    self._speaker(text, right[:k], cands)
                elif k == 1 and _AGED_APPOSITION.match(text, right[0].end) and right[0].lower not in lex.leading_stop \
                        and lookup_country(right[0].text) is None and lookup_demonym(right[0].text) is None:
                    self._speaker(text, right[:1], cands)  # a given name alone, then the age: "said Meseret, a 33-year-old"

    def _member_of_body(self, text: str, starts: list[int], vs: int, bodies: dict[int, list[Cand]],
                        cands: list[Cand]) -> bool:
        """A speaker named with the body they speak for, before the verb: "Edel McGrath of the Migrant
        Rights Centre Ireland (MRCI) said", "Mary Okafor of Save the Children told" (the name opens its
        sentence or follows a comma or "and"). Adds the person; whether it did."""
        m = _BODY_BEFORE_VERB.search(text, max(0, vs - 16), vs)
        of = body = None
        for c in bodies.get(m.start("end"), ()) if m else ():
            if (of := _OF_BEFORE.search(text, max(0, c.start - 12), c.start)) is not None:
                body = c  # (not a run that took the name in: "Ana Ruiz of the International ...")
                break
        if body is None or of is None:
            # or a body the text names in lower case, "the" first: "Piotr Sadowski of the union's food section said"
            # (none when a body found ends right before the verb: the rules of a name and its body read that)
            of = _OF_GROUP_BEFORE_VERB.search(text, max(0, vs - 90), vs) if not (m and bodies.get(m.start("end"))) \
                else None
            if of is None or not of.group().split()[-1][:1].islower():
                return False  # (a name closing the words is a body's, which other rules read: "of the charity Flourish NI")
        left = self._words_before(text, starts, of.start(), 80)
        k = name_before(left, len(left), self.people, self.lex)
        if k < 2 or not plain_gap(text, left[-1], Word(of.start(), of.end(), of.group())) \
                or _preceded_by_title(left, len(left) - k, self.people) \
                or lookup_demonym(_words_text(left[-k:])) is not None or lookup_country(_words_text(left[-k:])):
            return False
        opens = left[-k].start
        before = text[max(0, opens - 3):opens].rstrip(" \t\"\u201c")
        i = bisect_right(starts, opens) - 1
        at_start = i >= 0 and not text[starts[i]:opens].strip(" \t\n\"\u201c")
        # (or after a role: "plaintiffs' counsel Priya Raman of Sandoval Raman LLP told")
        role = left[-k - 1].text if len(left) > k and left[-k - 1].lower in self.lex.role_nouns \
            and plain_gap(text, left[-k - 1], left[-k]) else None
        if not (at_start or before.endswith(",") or text[max(0, opens - 4):opens] == "and " or role):
            return False
        # (a run read as one body from the name on is no body: "Ana Ruiz of the International ...")
        if body is not None:
            cands[:] = [c for c in cands if not (c.start <= opens < c.end and c.end > body.start)]
        else:  # (a body named inside the words is the affiliation: "of the Public Ministry's Tarapacá office")
            body = next((c for c in cands if c.kind not in (None, "person") and of.start() < c.start and c.end <= vs), None)
        cands.append(_person(left[-k:], "person_of_body", 2, role, body.name if body else None, 2 if role else 0))
        return True

    def _role_with_seat_before(self, text: str, words: Sequence[Word], n: int) -> str | None:
        """The role "<role noun> in|at|for|of ..." that ends at words[n] (a comma follows it): "officer-in-charge
        in Port Moresby", "spokesperson for the Ministry of Labour", "the Manpower Ministry's director for the
        placement and protection of migrant workers" (up to ten words after the role noun, no comma); None if not."""
        lex = self.lex
        for j in range(n - 2, max(-1, n - 13), -1):
            if words[j].lower in lex.role_nouns and words[j + 1].lower in ("in", "at", "for", "of") \
                    and "," not in text[words[j].start:words[n - 1].end]:
                start = j
                while start > 0 and words[start - 1].lower in lex.role_modifiers and plain_gap(text, words[start - 1], words[start]):
                    start -= 1  # "deputy director for ..."
                return _words_text(words[start:n])
        return None

    def _title_phrase_before(self, text: str, starts: list[int], words: Sequence[Word], n: int) -> str | None:
        """The role "<title> of <body>" that ends at words[n] (a comma follows it): "Comptroller of the
        Nigeria Immigration Service in Kano"; None unless "of"/"for"/"at" follows the title and "the", a comma
        or the sentence's start comes before it ("Speaking to reporters, Director of the Labour Inspection
        Department at the Ministry, Saleh Jassim Al Kuwari, said")."""
        def opened(j: int) -> bool:
            if j == 0:
                return not text[_sentence_start(starts, words[0].start):words[0].start].strip(" \t\n\"\u201c")
            return words[j - 1].lower == "the" or "," in text[words[j - 1].end:words[j].start]

        p = _titled_portfolio_before(words, n, self.people, links=("of", "for", "at"),
                                     joiners=self._title_phrase_joiners, reach=16, opened=opened)
        return _words_text(words[p:n]) if p is not None else None

    def _affiliated_speaker(self, text: str, right: Sequence[Word], cands: list[Cand]) -> bool:
        """After a speech verb, a body, a lower-case role and a name: "said DCI head Mohamed Amin",
        "according to Migrant Care executive director Wahyu Susilo" (the capitalised words before the
        role are the person's affiliation, not a speaker). Adds the person; False when the words are
        not of that form."""
        pw, lex = self.people, self.lex
        i = 0
        while i < min(len(right), 8) and (right[i].capitalised or (i and right[i].lower in lex.connectors)) \
                and (i == 0 or text[right[i - 1].end:right[i].start] in (" ", " (", ") ")):
            i += 1
        if i == 0 or right[i - 1].lower in lex.connectors or i >= len(right):
            return False
        r = self._role_words_end(right, i)
        if r == i or right[r - 1].lower not in lex.role_nouns:
            return False
        if r + 2 < len(right) and right[r].lower == "in" and right[r + 1].lower == "charge":
            r += 2  # "said IOM Bahrain officer in charge Reem Nasser"
        if r >= len(right) or text[right[i - 1].end:right[i].start].strip(" )") or not plain_gap(text, right[r - 1], right[r]):
            return False
        k = name_after(right, r, pw, lex)
        if k < 2:
            return False
        owner = right[:i]
        if len(owner) > 1 and is_acronym(owner[-1].text) and text[owner[-2].end:owner[-1].start] == " (":
            owner = owner[:-1]  # "Directorate of Criminal Investigations (DCI)": the name, not its acronym
        if country_prefix(owner)[0] == len(owner):
            return False  # "said Kenyan police spokesman ...": a place, not an employer
        affiliation = text[owner[0].start:owner[-1].end]
        role = " ".join(w.text for w in right[i:r])
        name_words = right[r:r + k]
        cands.append(_person(name_words, "person_speech", 3, role, affiliation, 3))  # beats the role-only reading
        return True

    def _appositions(self, text: str, cands: list[Cand]) -> None:
        """"Chou Bun Leng, vice-chair of the committee, ...": a name with a role apposition, no verb needed."""
        pw, lex = self.people, self.lex
        for m in _NAME_COMMA.finditer(text):
            comma = m.end("bracket") if m.group("bracket") else m.start() + 1
            if self.role_after.match(text, m.end()) is None:
                continue
            # (the name may be written again in brackets before the comma: "Huang Chih-wei (黃志偉), deputy ...")
            name_end = m.start("bracket") if m.group("bracket") else comma
            lo = max(0, comma - 80, text.rfind("\n", 0, comma) + 1)
            words = self._split(text, lo, name_end)
            k = name_before(words, len(words), pw, lex) if words else 0
            if not 2 <= k - sum(w.lower in NAME_PARTICLES for w in words[len(words) - k:]) <= 4:
                continue  # (particles do not count: "Mohammed bin Said Al Kiyumi")
            if k != len(words) and plain_gap(text, words[-k - 1], words[-k]):
                prev = words[-k - 1]  # inside a longer name: "Prosecutor Against High Technology Crimes, ..."
                if (prev.lower in lex.connectors and k + 2 <= len(words) and words[-k - 2].capitalised) \
                        or (prev.capitalised and prev.lower not in ("the", "a", "an")):
                    continue  # (not after a verb's "to": "Questions can go to Ingrid Solberg, programme officer")
            app = apposition(text[comma:comma + 300], lex, before_verb=False)
            if app is None or not app.role:
                continue
            cands.append(_person(words[-k:], "person_apposition", 2, app.role, app.affiliation, 3))

    def _titled_appositions(self, text: str, cands: list[Cand]) -> None:
        """A full name between commas after a capitalised title, which may name its seat or post: "Malawi's Consul
        General in Tete, Henry Nkhoma, said", "IOM Nigeria's Chief of Mission, Marta Lindqvist, ..."."""
        pw, lex = self.people, self.lex
        for m in _COMMA_BEFORE_CAPITAL.finditer(text):
            after = self._split(text, m.end(), min(len(text), m.end() + 60))
            k = name_after(after, 0, pw, lex) if after and after[0].start == m.end() else 0
            closer = text[after[k - 1].end:after[k - 1].end + 1] if k else ""
            if not 2 <= k <= 4 or closer not in (",", ";", ".") or self._names_no_body([w.text for w in after[:k]]):
                continue
            if closer == "." and any(lex.keyword_at(after[:k], i) for i in range(k)):
                continue  # (a sentence may end on a body: "..., its director, Human Rights Watch.")
            before = self._split(text, max(0, m.start() - 70, text.rfind("\n", 0, m.start()) + 1), m.start())
            if not before or before[-1].end != m.start():
                continue
            end = len(before)
            # a seat or post after the title: "in Tete", "for Southern Africa", "for National Security and Operations
            # Support" (capitalised words after it, maybe joined by "and" or "of")
            seats = [j for j in range(max(1, end - 7), end - 1) if before[j].text in ("in", "for", "to", "on")
                     and before[j + 1].capitalised
                     and all(w.capitalised or w.lower in _SEAT_JOINERS for w in before[j + 2:end])]
            start = None
            for top in [*seats, end]:  # (a title ends where its seat begins)
                start = next((t for t in range(max(0, top - pw.max_title), top) if pw.titles_at(before, t) == top - t), None)
                if start is not None:
                    break
            while start is not None and start > 0 and before[start - 1].lower in lex.role_modifiers \
                    and before[start - 1].capitalised:
                start -= 1  # "the Deputy Prosecutor General, Mariana Lungu,"
            if start is None:
                start = _role_noun_start(before, [*seats, end], lex)  # "The Bolivian consul in Buenos Aires, ..."
            if start is None or (start > 0 and before[start - 1].capitalised and not before[start - 1].possessive
                                 and not is_acronym(before[start - 1].text) and before[start - 1].lower not in ARTICLES):
                continue  # (not the end of a longer capitalised name: "the Office of the Chief of Mission, ..."; an
                # acronym is the title's body: "RSIPF Assistant Commissioner for ..., Patrick Rukale,")
            role = text[before[start].start:before[-1].end]
            cands.append(_person(after[:k], "person_titled_apposition", 2, role, None, 3))

    def _known_body(self, name: str) -> bool:
        """Whether the gazetteer knows `name`, or knows it without the country that ends it ("La Strada Moldova")."""
        if exact_key(name) in self.by_key:
            return True
        head, _, last = name.rpartition(" ")
        return bool(head) and lookup_country(last) is not None and exact_key(head) in self.by_key

    def _copular_roles(self, text: str, cands: list[Cand]) -> None:
        """A full name said to hold a role at a body: "Nattaya Srisuk is programme director at Harbour Light
        Foundation", "Ana Cruz was a caseworker with the Visayan Forum"."""
        pw, lex = self.people, self.lex
        for m in _NAME_IS.finditer(text):
            if not _SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()):
                continue
            words = self._split(text, m.start("name"), m.end("name"))
            if not 2 <= len(words) <= 4 or name_after(words, 0, pw, lex) != len(words) \
                    or lex.has_keyword(words) or lookup_demonym(words[0].text):
                continue
            role = self.role_after.match(text, m.end())
            if role is None or not _ROLE_AT_BODY.match(text, role.end()):
                continue
            after = text[role.end():role.end() + 200]
            cands.append(_person(words, "person_copular_role", 2, role.group().removeprefix("the ").removeprefix("a ")
                                 .removeprefix("an "), affiliation_after(after, lex), 3))

    def _names_before_titles(self, text: str, cands: list[Cand]) -> None:
        """A full name opening a list item, then a comma and a capitalised title with its body: "..., Raymond J.
        Okafor, Special Agent in Charge of the FBI Cincinnati Division, ... and Lydia Marchetti, Assistant Special
        Agent in Charge of HSI, announced" (a press release's list of officials)."""
        pw, lex = self.people, self.lex
        firsts = pw.first_words | lex.role_modifiers
        for m in _COMMA_BEFORE_CAPITAL.finditer(text):
            word = _FIRST_WORD.match(text, m.end())
            if word is None or title_key((word.group(),))[0] not in firsts:
                continue  # (no title opens after the comma: the cheap test first)
            after = self._split(text, m.end(), min(len(text), m.end() + 80))
            if not after or after[0].start != m.end():
                continue
            r = 0
            while r < len(after) - 1 and after[r].lower in lex.role_modifiers and not pw.titles_at(after, r):
                r += 1  # "Assistant Special Agent in Charge"
            t = r + pw.titles_at(after, r)
            if t == r or t == len(after) or pw.honorific(after[r:t]):
                continue
            if text[after[t - 1].end:after[t - 1].end + 1] not in (",", ";") and after[t].text not in ("of", "in", "for", "at"):
                continue  # (the title is a title, not the start of a name: "..., Director Maria Lopez")
            before = self._split(text, max(0, m.start() - 60, text.rfind("\n", 0, m.start()) + 1), m.start())
            if not before or before[-1].end != m.start():
                continue
            k = name_before(before, len(before), pw, lex)
            if not 2 <= k <= 4:
                continue
            opener = text[max(0, before[-k].start - 5):before[-k].start]
            if not _LIST_ITEM_OPENS.search(opener) or self._names_no_body([w.text for w in before[-k:]]) \
                    or any(lex.keyword_at(before[-k:], i) for i in range(k)):
                continue
            cands.append(_person(before[-k:], "person_before_title", 2, _words_text(after[:t]), None, 3))

    def _role_people(self, text: str, cands: list[Cand]) -> None:
        """A full name right after a lower-case role noun, no verb needed: "prosecutor Maria Delgado",
        "her deputy, Omar Khalil, visited" (with a comma, the name must be closed by one or end the clause)."""
        pw, lex = self.people, self.lex
        matches = list(self.role_then_name.finditer(text))
        if "head of " in text:
            matches = sorted([*matches, *self.headed_then_name.finditer(text)], key=lambda m: m.start())
        titled = [m for m in self.the_title_then_name.finditer(text) if not m.group("role").islower()]
        if titled:  # (a capitalised role after "the": the rules above take the small ones)
            matches = sorted([*matches, *titled], key=lambda m: m.start())
        for m in matches:
            right = self._split(text, m.end(), m.end() + 80)
            if not right or right[0].start != m.end():
                continue
            t = pw.titles_at(right, 0)  # an honorific between the role and the name: "secretary-general Datuk Seri ..."
            k = name_after(right, t, pw, lex)
            if k < 2:
                continue
            name_words = right[t:t + k]
            after = text[name_words[-1].end:name_words[-1].end + 300]
            if m.group("comma"):
                body = _OF_BODY_CLOSED.match(after) if after[:1] not in (",", ".", ";", ")") else None
                if after[:1] not in (",", ".", ";", ")") and body is None:
                    continue
                role = m.group("role") + (m.group("of") or "")  # "its director of policy, ..."
                owner = _ACRONYM_OWNER.search(text, max(0, m.start() - 16), m.start())
                affiliation = owner.group(1) if owner and is_acronym(owner.group(1)) else None  # "NAPTIP's director-general,"
                if body is not None:  # "Kalua's lawyer, Martha Chisale of Legal Aid Bureau, asked"
                    affiliation = body.group("body")
            elif m.group("of") and not m.group("acr"):
                continue  # "head of Walk Free Grace Forrest": without the comma, where the body ends is unsure
            elif m.group("acr"):  # the acronym closes the role: "deputy superintendent of police (DSP) Neha Bara"
                role, affiliation = m.group("role") + (m.group("of") or ""), None
            else:
                left = self._split(text, max(0, m.start() - 80), m.end())
                role, affiliation = role_before(text, [*left, *name_words], len(left), lex)
            app = apposition(after, lex, before_verb=False)
            if app is not None and app.role:
                role, affiliation = app.role, app.affiliation or affiliation
            affiliation = affiliation or affiliation_after(after, lex)
            cands.append(_person(name_words, "person_role", 2, role, affiliation, 2))

    def _owned_role_people(self, text: str, cands: list[Cand]) -> None:
        """A name between commas after a possessive and a role: "Our social worker, Mercy Achieng, and I", "Our
        Anti-Slavery Coordinator, Daniel Reyes, led ..."."""
        pw, lex = self.people, self.lex
        for m in self.owned_role_then_name.finditer(text):
            right = self._split(text, m.end(), m.end() + 80)
            k = name_after(right, 0, pw, lex) if right and right[0].start == m.end() else 0
            if 2 <= k <= 4 and text[right[k - 1].end:right[k - 1].end + 1] == ",":
                role = text[m.start("role"):m.end("seat") if m.group("seat") else m.end("role")]
                cands.append(_person(right[:k], "person_role", 2, role, None, 2))
        if ", our " in text or ", their " in text or ", its " in text or ", my " in text:
            for m in self.name_then_owned_role.finditer(text):
                left = self._split(text, max(0, m.start() - 60), m.start())
                k = name_before(left, len(left), pw, lex) if left and left[-1].end == m.start() else 0
                if 2 <= k <= 4 and not _preceded_by_title(left, len(left) - k, pw) and not lex.has_keyword(left[-k:]):
                    cands.append(_person(left[-k:], "person_role", 2, m["role"], None, 2))

    def _people_with_bodies_in_brackets(self, text: str, cands: list[Cand]) -> None:
        """Names with the body they work for in brackets after them, as programmes and captions write authors:
        "Grace Njeri Mwangi (Kituo Cha Haki Legal Aid)", "Amara Okonkwo and Luis Pereira (Survivor Voices
        Collective)"."""
        pw, lex = self.people, self.lex
        for m in _NAMES_THEN_BODY.finditer(text):
            body = m["body"]
            body_words = split_words(body)
            if not (exact_key(body) in self.by_key or body in self.by_acronym
                    or org_from_run(body_words, body, lex) is not None):
                continue  # (a place, a date or a remark in the bracket: "Maria Lopez (Manila)")
            for group in ("first", "second"):
                if m[group] is None:
                    continue
                words = self._split(text, m.start(group), m.end(group))
                if 2 <= len(words) <= 4 and name_after(words, 0, pw, lex) == len(words) and not lex.has_keyword(words) \
                        and not any(lookup_country(w.text) or lookup_demonym(w.text) or "-" in w.text for w in words):
                    cands.append(_person(words, "person_body_bracket", 1, None, body, 1))  # (a byline's role wins)

    def _aged_people(self, text: str, cands: list[Cand]) -> None:
        """A full name followed by an age between commas: "Grace Otieno, 34, spent six years ..."."""
        pw, lex = self.people, self.lex
        found = list(_NAME_AGE.finditer(text)) + list(_LAST_NAME_AGE.finditer(text))
        if "(" in text:
            found += [m for m in _NAME_AGE_BRACKET.finditer(text) if _AFTER_A_WORD.search(text, max(0, m.start() - 4), m.start())]
        for m in found:
            bracketed = m.re is _NAME_AGE_BRACKET
            end = len(text[:m.start()].rstrip(" \t")) if bracketed else m.start()
            lo = max(0, end - 80, text.rfind("\n", 0, end) + 1)
            words = self._split(text, lo, end)
            cut = next((i for i in range(len(words) - 2, max(len(words) - 5, 0), -1) if words[i].lower in _ALIAS_WORDS), None)
            if cut is not None and cut > 1:
                words = words[:cut]  # "Md Rakibul Hasan alias Rakib, 36,", "Md Jahangir Alam alias "Libya Jahangir", 48;"
            k = name_before(words, len(words), pw, lex) if words else 0
            k = len(words) - _after_demonym(words, len(words) - k)  # "South African Thabo Mokoena, 39,"
            if k == 1 and len(words) >= 2 and plain_gap(text, words[-2], words[-1]) and lookup_country(words[-2].text) \
                    and lookup_country(f"{words[-2].text} {words[-1].text}") is None \
                    and text[max(0, words[-2].start - 2):words[-2].start] == ", ":
                k = 2  # a given name that is a country's, set off before its surname and age: "man, Jordan Price, 22,"
            role_word, tied = None, False
            if k > 2 and (words[-k].lower in lex.role_nouns or words[-k].lower in lex.person_nouns):
                role_word = words[-k].text.lower()  # a role opening the sentence: "Landlord Gary Pickering, 58,"
                k -= 1
            elif k > 2 and words[-k].lower.endswith("s") and words[-k].lower[:-1] in lex.role_nouns:
                k, tied = k - 1, True  # the first of a pair named by their tie: "Brothers Arben Hoxha, 41, and Ilir ..."
            elif 2 <= k < len(words) and words[-k - 1].capitalised \
                    and (words[-k - 1].lower in lex.role_nouns or words[-k - 1].lower in lex.person_nouns):
                role_word = words[-k - 1].text.lower()  # "Businessman Kwame Mensah, 45,"
            if k < 2 and len(words) >= 2 and not bracketed and words[-1].capitalised \
                    and (words[-2].lower in lex.role_nouns or words[-2].lower == "son") and not words[-2].capitalised \
                    and plain_gap(text, words[-2], words[-1]) and is_name_word(words[-1], pw, lex) \
                    and words[-1].lower not in lex.leading_stop and lookup_country(words[-1].text) is None:
                # a given name alone after a role or a kinship noun, then the age: "whose son Adnan, 19, is missing"
                # ("son" is no role noun: capitalised, it ends Vietnamese names, "Vo Thanh Son")
                cands.append(_person(words[-1:], "person_age", 2, words[-2].text, None, 2))
                continue
            if k < 2 or k > 4 or (m.re is _LAST_NAME_AGE and (k == len(words) or words[-k - 1].lower != "and")):
                continue  # (a sentence may end on an age after the last name of a list: "..., and Efraín Tuyuc, 33.")
            prev = words[-k - 1] if k != len(words) and role_word is None and not tied else None
            if prev is not None and plain_gap(text, prev, words[-k]) and prev.capitalised \
                    and not _demonym_before(words, len(words) - k) \
                    and not (prev.lower in lex.leading_stop and prev.lower not in lex.place_prepositions):
                continue  # inside a longer capitalised sequence: a place or an organisation (not "For Agus ...")
            if bracketed and (words[-k - 1].lower in lex.place_prepositions if k < len(words) else False):
                continue  # "the children came from Grand Cape Mount (11)": a place and a count
            if bracketed:  # (what follows the bracket is no apposition of the name)
                cands.append(_person(words[-k:], "person_age", 2, None, None, 2))
                continue
            after = text[m.end():m.end() + 300]
            # (a semicolon after the age ends the item of a list: "Jenalyn Paquibot, 39; Jenalyn's sister, ...")
            listed = m.group().rstrip().endswith(";") or after.lstrip(" \t")[:1] == ";"
            app = None if listed else apposition(", " + after, lex, before_verb=False)
            role, affiliation = (app.role, app.affiliation) if app is not None and app.role else (None, None)
            cands.append(_person(words[-k:], "person_age", 2, role or role_word, affiliation or affiliation_after(after, lex),
                                 2))

    def _given_name_aged(self, text: str, cands: list[Cand]) -> None:
        """A given name alone opening a sentence (or after "was"), then an age in apposition: "Oksana, a 34-year-old
        Ukrainian who asked that her surname not be published, ...", "Among them was Rowena, 34, a mother of three"
        (not "Yesterday, a 34-year-old man ...")."""
        for m in _GIVEN_NAME_AGED.finditer(text):
            word = self._split(text, m.start("name"), m.end("name"))
            if len(word) != 1 or not is_name_word(word[0], self.people, self.lex) \
                    or word[0].lower in self.lex.calendar_words or lookup_country(word[0].text) is not None:
                continue
            cands.append(_person(word, "person_given_age", 2))

    def _named_as_people(self, text: str, cands: list[Cand]) -> None:
        """People a story names as someone identified: "a key suspect, identified as Zafar Iqbal alias Bao, who",
        "The suspects were identified as Muhammad Naveed, 38, his brother Adnan Naveed and Shahid Iqbal" (each
        full name of the list, up to its first word that opens no name)."""
        pw, lex = self.people, self.lex
        for m in _IDENTIFIED_AS.finditer(text):
            words = self._split(text, m.end(), min(len(text), m.end() + 200))
            i = 0
            while i < len(words):
                k = name_after(words, i, pw, lex)
                if not 2 <= k <= 4 or self._names_no_body([w.text for w in words[i:i + k]]) \
                        or any(lex.keyword_at(words[i:i + k], j) for j in range(k)) \
                        or (i + k < len(words) and words[i + k].text[:1].isupper() and words[i + k].text.endswith(".")):
                    break  # (a surname cut to its initial is another rule's: "identified as Dennis van der M.")
                cands.append(_person(words[i:i + k], "person_named_as", 1, None, None, 1))
                i += k
                # on through an alias, an age and the list's joiners: "alias Bao", ", 38,", "and", "his brother"
                while i < len(words) and (words[i].lower in _ALIAS_WORDS or words[i].lower in ("and", "his", "her")
                                          or words[i].text.isdigit() or words[i].lower in lex.role_nouns):
                    i += 1 + (words[i].lower in _ALIAS_WORDS)
                if i < len(words) and text[words[i - 1].end:words[i].start].strip(" ,") not in ("", "and"):
                    break  # (the list ends at other punctuation)

    def _only_named_people(self, text: str, cands: list[Cand]) -> None:
        """A person the story names by a given name alone, saying so: "asked to be identified only as Hayat",
        "identified only by his first name, Edwin", "asked to be called Selam" (one word is enough: the
        words before it say it is a name)."""
        pw, lex = self.people, self.lex
        if "initials" in text:
            for m in _BY_INITIALS.finditer(text):  # "identified only by their initials MH, 45, SR, 38, and DK, 51"
                at = m.end()
                while (item := _INITIALS_ITEM.match(text, at)) is not None:
                    name = item["initials"]
                    cands.append(Cand(item.start("initials"), item.end("initials"), f"person:{name.lower()}", name,
                                      "person", "person_named_as", 2))
                    at = item.end()
        for m in _ONLY_NAMED.finditer(text):
            words = self._split(text, m.end(), min(len(text), m.end() + 60))
            if not words or words[0].start != m.end() or not words[0].capitalised:
                continue
            k = max(name_after(words, 0, pw, lex), 1)
            name = words[:k]
            if k > 3 or not all(is_name_word(w, pw, lex) and w.lower not in lex.leading_stop
                                and w.lower not in lex.calendar_words and lookup_country(w.text) is None
                                and lookup_demonym(w.text) is None for w in name):
                continue
            cands.append(_person(name, "person_named_as", 2))

    def _initialled_people(self, text: str, cands: list[Cand]) -> None:
        """A given name and the initial of a surname, as privacy rules cut defendants' names: "identified only
        as Marius D. in line with German privacy rules", "his business partner, Sabine K., received", "Vasile
        T., 44," (named so, after a noun and a comma, or before an age)."""
        if "." not in text:
            return
        for m in _INITIALLED_NAME.finditer(text):
            first = m["given"].split()[0].lower()
            if first in self.lex.leading_stop or first in self.lex.calendar_words or lookup_country(m["given"]) \
                    or self.people.title_at(split_words(m["given"]), 0):
                continue
            after = text[m.end():m.end() + 12]
            named = _NAMED_AS.search(text, max(0, m.start() - 30), m.start()) is not None \
                or _ACTED_ON_BEFORE.search(text, max(0, m.start() - 15), m.start()) is not None  # "detained Radek K. and"
            apposed = m.start() >= 2 and text[m.start() - 2] == "," and text[:m.start() - 2][-1:].islower() \
                and after[:1] == ","
            aged = re.match(r",[ \t]+[1-9]\d,|[ \t]+\([1-9]\d\)", after) is not None  # (", 44," or " (46)")
            if named or apposed or aged:
                words = self._split(text, m.start(), m.end())
                cands.append(_person(words, "person_initialled", 2))

    def _glued_initial_people(self, text: str, cands: list[Cand]) -> None:
        """A given name after the glued initial of the father's name, as Mongolian names are written ("Police
        Colonel D.Enkhbold", "Author: B.Sarangerel", "Ts.Oyunbileg, Executive Director of ..."): a person after
        a title or a byline's label, or before a comma and a role. The name is kept as written."""
        if "." not in text:
            return
        for m in _GLUED_INITIAL_NAME.finditer(text):
            before = self._split(text, max(0, m.start() - 40), m.start())
            titled = bool(before) and plain_gap(text, before[-1], Word(m.start(), m.end(), m.group())) \
                and _preceded_by_title([*before, Word(m.start(), m.end(), m.group())], len(before), self.people)
            labelled = _BYLINE_LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            role = None
            if not titled and text[m.end():m.end() + 2] == ", ":
                right = self._split(text, m.end() + 2, m.end() + 80)
                if right and (n := self.people.titles_at(right, 0)):
                    role = _words_text(right[:n])
            if titled or labelled or role:
                name = m.group()
                cands.append(Cand(m.start(), m.end(), f"person:{name.lower()}", name, "person", "person_glued_initial", 2,
                                  role=role, role_weight=2 if role else 0))

    def _placeholder_people(self, text: str, cands: list[Cand]) -> None:
        """People whose surname is withheld as "N", as Mexican prosecutors name suspects: 'Jesús "N"', 'María
        Guadalupe "N,"' (the name kept with its placeholder)."""
        for m in _PLACEHOLDER_NAME.finditer(text):
            words = self._split(text, m.start("given"), m.end("given"))
            if not words or any(not w.capitalised or w.lower in self.lex.leading_stop for w in words):
                continue
            name = f'{m["given"]} "N"'
            cands.append(Cand(m.start(), m.end(), f"person:{name.lower()}", name, "person", "person_placeholder", 2))

    def _counsel_people(self, text: str, cands: list[Cand]) -> None:
        """Counsel named as British and Irish court reports name them: "Brian Costelloe BL, defending, said",
        "Jane Pike KC, prosecuting, told the court", "Counsel for the accused, Róisín Murray BL, said"."""
        pw, lex = self.people, self.lex
        for m in _COUNSEL.finditer(text) if "defending" in text or "prosecuting" in text or "representing" in text \
                or "for the" in text else ():
            end = m.start()
            post = _POST_NOMINAL.search(text, max(0, end - 6), end)
            if post is not None:
                end = post.start()
            words = self._split(text, max(0, end - 60, text.rfind("\n", 0, end) + 1), end)
            k = name_before(words, len(words), pw, lex) if words and words[-1].end == end else 0
            if 2 <= k <= 4:
                side = m["side"] or ("defending" if (m["party"] or "").startswith("defen") else
                                     "prosecuting" if m["party"] else None)
                role = "defence counsel" if side == "defending" else "prosecuting counsel" if side \
                    else f'representing {m["client"]}'
                if m["client"] and (lookup_country(m["client"]) or self.lex.keyword_at(
                        self._split(text, m.start("client"), m.end("client")), 0)):
                    role = f'representative of {m["client"]}'  # a body or country: no client in court
                cands.append(_person(words[-k:], "person_counsel", 3, role, None, 2))
        if " SC" in text or " BL" in text or " KC" in text or " QC" in text:
            for m in _COUNSEL_TITLE.finditer(text):  # a barrister's post-nominal, whatever the sentence says of them
                end = m.start()
                words = self._split(text, max(0, end - 60, text.rfind("\n", 0, end) + 1), end)
                k = name_before(words, len(words), pw, lex) if words and words[-1].end == end else 0
                if 2 <= k <= 4:
                    cands.append(_person(words[-k:], "person_counsel", 3, "counsel", None, 2))

    def _court_people(self, text: str, cands: list[Cand]) -> None:
        """The person a court or the police acted on, named right after the verb and a role in small
        letters: "sentenced bar owner Ernesto Galeano Ruiz to eight years", "convicted a fisherman, Kwaku
        Mensah Boateng, of forcing ...", "a court sentenced Tran Thi Mai Huong to 14 years", "found Kelvin Siame
        guilty"."""
        pw, lex = self.people, self.lex
        for m in _ACTED_ON.finditer(text):
            words = self._split(text, m.end(), m.end() + 80)
            if not words or words[0].start != m.end() or pw.titles_at(words, 0):
                continue  # (a title opens its own rule: "sentenced Judge ...")
            k = name_after(words, 0, pw, lex)
            if not 2 <= k <= 4 or lookup_demonym(_words_text(words[:k])) is not None:
                continue
            # a second person joined by "and": "convicted Wilner Desrosiers and Marie-Claude Pierre-Louis for ..."
            k2 = name_after(words, k + 1, pw, lex) if k + 1 < len(words) and words[k].lower == "and" \
                and not m["comma"] else 0
            last = k + 1 + k2 - 1 if 2 <= k2 <= 4 else k - 1
            after = text[words[last].end:words[last].end + 12]
            if m["found"] and (m["role"] or not _AFTER_FOUND.match(after)):
                continue
            if not m["found"] and (not _AFTER_ACTED_ON.match(after) or (m["comma"] and not after.startswith(","))):
                continue
            role = " ".join(w for w in m["role"].split() if w not in ("named", "called")) or None
            if role and role.split()[-1] in lex.place_prepositions | {"in", "at", "from", "of", "on", "near"}:
                continue  # a place, not a name: "convicted a bar owner in Vieux Fort of ..."
            cands.append(_person(words[:k], "person_acted_on", 2, role, None, 2))
            if last != k - 1:
                cands.append(_person(words[k + 1:last + 1], "person_acted_on", 2, role, None, 2))

    def _listed_bodies(self, text: str, cands: list[Cand]) -> None:
        """Bodies named together under one plural: "the Ministries of Justice and Foreign Affairs" (the
        Ministry of Justice, the Ministry of Foreign Affairs), "the Departments of Justice and Labor", "Embassies of the Philippines, India, and Sri
        Lanka" (one embassy for each country). Each item is a mention of its body."""
        for m in _LISTED_BODIES.finditer(text):
            head = _LISTED_HEADS[m["plural"]]
            if _LOCAL_LEVEL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                # one body in each place, the list its one name: "provincial Departments of Labour, War
                # Invalids and Social Affairs"
                if head != "Embassy":
                    name = f"{head} of {m['items']}"
                    cands.append(Cand(m.start(), m.end(), f"org:{org_key(name)}", name, "government", "listed_body", 3))
                continue
            items, pos = [], m.start("items")
            for part in _LIST_SPLIT.split(m["items"]):  # "Justice", "Foreign Affairs"; "the Philippines", "India"
                a = text.index(part, pos)
                items.append((a, a + len(part)))
                pos = a + len(part)
            if len(items) < 2:
                continue
            for a, b in items:
                item = text[a:b]
                country = lookup_country(item) if head == "Embassy" else None
                if head == "Embassy" and country is None:
                    return
                name = f"{head} of {item}"
                key = f"org:{org_key(name)}" + (f"@{country.alpha3}" if country else "")  # (the key drops countries)
                cands.append(Cand(a, b, key, name, "government", "listed_body", 3,
                                  country.alpha3 if country else None, alias=False))

    def _named_people(self, text: str, cands: list[Cand]) -> None:
        """A person introduced by "named": "a trafficker named Dorjsuren Altantsetseg", "a woman named Maria
        Lopez" (the noun before it, one for people, is the role)."""
        for m, named in _ending_at(_NAMED_PERSON, _NAMED_WORD, text, 60):
            if m["noun"] not in self.lex.person_nouns:
                continue
            words = self._split(text, named.end(), named.end() + 60)
            k = name_after(words, 0, self.people, self.lex) if words and words[0].start == named.end() else 0
            if k >= 2:
                cands.append(_person(words[:k], "person_named", 2, m["noun"], None, 1))

    def _noun_then_name(self, text: str, cands: list[Cand]) -> None:
        """A full name between commas after a noun for a person: "one suspect, Salem Bashir al-Gharyani, was
        detained", "sentenced a former police constable, Sibusiso Dlamini, to 32 years" (the noun phrase is
        the role)."""
        for m, comma in _ending_at(_NOUN_THEN_NAME, _COMMA_BEFORE_CAPITAL, text, 160):
            if m["noun"] not in self.lex.person_nouns and m["noun"] not in self.lex.role_nouns:
                continue
            words = self._split(text, comma.end(), comma.end() + 60)
            k = name_after(words, 0, self.people, self.lex) if words and words[0].start == comma.end() else 0
            if 2 <= k <= 5 and text[words[k - 1].end:words[k - 1].end + 1] == ",":
                role = _AGE_IN_ROLE.sub("", " ".join(m["role"].split()))  # ("a 44-year-old estate supervisor")
                cands.append(_person(words[:k], "person_noun_apposition", 2, role, None, 1))

    def _pseudonymous_people(self, text: str, cands: list[Cand]) -> None:
        """A name the story says is not the person's own: "Ko Min Thu (not his real name)", "Hayat (a
        pseudonym)" (one word is enough: the bracket says it is a name)."""
        pw, lex = self.people, self.lex
        for m in _PSEUDONYM.finditer(text):
            end = len(text[:m.start()].rstrip(" \t"))
            if not end or not text[end - 1].isalpha():
                continue
            lo = max(0, end - 60, text.rfind("\n", 0, end) + 1)
            words = self._split(text, lo, end)
            k = name_before(words, len(words), pw, lex) if words else 0
            if k == 0 and words and words[-1].capitalised and is_name_word(words[-1], pw, lex) \
                    and words[-1].lower not in lex.leading_stop:
                k = 1  # a given name alone: "Hayat (not her real name)"
            if k:
                cands.append(_person(words[-k:], "person_pseudonym", 2))

    def _nicknamed_people(self, text: str, cands: list[Cand]) -> None:
        """A name with a nickname in quotes between its given name and surname: 'Xiuying "Linda" Zhao' is
        Xiuying Zhao (the quoted word says the words around it are a person's name)."""
        pw, lex = self.people, self.lex
        for m in _NICKNAMED.finditer(text):
            given = self._split(text, m.start("given"), m.end("given"))
            surname = self._split(text, m.start("surname"), m.end("surname"))
            words = [*given, *surname]
            if len(given) == 1 and surname and all(is_name_word(w, pw, lex) and w.lower not in lex.leading_stop
                                                   and lookup_country(w.text) is None and lookup_demonym(w.text) is None
                                                   for w in words if w.lower not in NAME_PARTICLES):
                name = _words_text(words)
                cands.append(Cand(given[0].start, surname[-1].end, f"person:{name.lower()}", name, "person",
                                  "person_nickname", 2))

    def _listed_people(self, text: str, cands: list[Cand]) -> None:
        """A list item that opens with a full name and a country in brackets: "- Nadia Haddad (Lebanon),
        a lawyer who ...", "3. Oksana Melnyk (Ukraine), who set up a hotline" (honourees, delegates)."""
        pw, lex = self.people, self.lex
        if "(" not in text:
            return
        for m in _LISTED_NAME.finditer(text):
            if lookup_country(m["place"]) is None:
                continue
            words = self._split(text, m.start("name"), m.end("name"))
            t = pw.titles_at(words, 0)
            if t or not 2 <= len(words) <= 4 or name_after(words, 0, pw, lex) != len(words):
                continue  # (a title before the name is the titled-people rule's: "Father Ignacio Ruales")
            app = apposition(text[m.end():m.end() + 300], lex, before_verb=False)
            role = app.role if app is not None and app.role else None
            cands.append(_person(words, "person_listed", 2, role, app.affiliation if role else None, 2))

    def _verb_before_long_form(self, text: str, start: int, defined: int) -> bool:
        """Whether text[start:defined], before a long form its acronym delimits, is no part of the name: a verb and
        "the" ("Reform the Temporary Foreign Worker Program (TFWP)"), or words run on across a small word ("Arabic on
        Radio Télévision de Djibouti (RTD)"); "Office of the Director of Public Prosecutions (DPP)" keeps its office,
        "Kyrgyz Ministry of Labour (MOL)" its country's adjective."""
        if defined <= start:
            return False
        if _SMALL_WORD_END.search(text, start, defined):
            return True
        words = split_words(text[start:defined])
        return len(words) >= 2 and words[-1].lower == "the" and words[0].capitalised \
            and not self.lex.has_keyword(words)

    def _who_people(self, text: str, cands: list[Cand]) -> None:
        """A full name closed by ", who" after a lower-case word ("filed charges against Darnell Keyes, who
        was arrested ..."), and a speaker introducing themself ("I'm Abena Owusu-Ansah", "My name is ...").
        Not after a place preposition, and not inside a longer capitalised sequence."""
        pw, lex = self.people, self.lex
        for m in _NAME_WHO.finditer(text):
            lo = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
            words = self._split(text, lo, m.start())
            k = name_before(words, len(words), pw, lex) if words else 0
            if not 2 <= k <= 3 or self._names_no_body([w.text for w in words[-k:]]):
                continue
            if k == len(words) or text[words[-k - 1].end:words[-k].start] in (". ", ".\n"):
                # the name opens its sentence: "Kwaku Agbemadi, who operated out of Kpando Torkor, was convicted"
                # (not a body or a place: "Human Rights Watch, who", "Kpando Torkor, who")
                opens = words[-k].start == lo or not text[lo:words[-k].start].strip() \
                    or text[words[-k - 1].end:words[-k].start] in (". ", ".\n")
                if not opens or lex.has_keyword(words[-k:]) or any(lookup_country(w.text) for w in words[-k:]) \
                        or words[-k].lower in lex.leading_stop:
                    continue
                cands.append(_person(words[-k:], "person_who", 1))
                continue
            prev = words[-k - 1]
            if prev.capitalised or prev.lower in lex.place_prepositions or not plain_gap(text, prev, words[-k]):
                continue
            cands.append(_person(words[-k:], "person_who", 1))
        for m in _NAME_PASSIVE.finditer(text):  # "Sibusiso Mthembu was convicted in June on 19 counts"
            if m.start() < 2 or text[m.start() - 1] not in " \t" or not text[m.start() - 2].islower():
                continue
            lo = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
            words = self._split(text, lo, m.start())
            k = name_before(words, len(words), pw, lex) if words else 0
            if not 2 <= k <= 3 or self._names_no_body([w.text for w in words[-k:]]):
                continue
            if k < len(words) and (words[-k - 1].capitalised or words[-k - 1].lower in lex.place_prepositions
                                   or not plain_gap(text, words[-k - 1], words[-k])):
                continue
            cands.append(_person(words[-k:], "person_passive", 1))
        if " is a" in text or " was a" in text or " is the" in text or " was the" in text:  # (what name_is_role needs)
            for m in self.name_is_role.finditer(text):  # "Elena Rusnac is a senior prosecutor at ..."
                lo = max(0, m.start() - 80, text.rfind("\n", 0, m.start()) + 1)
                words = self._split(text, lo, m.start())
                k = name_before(words, len(words), pw, lex) if words else 0
                if not 2 <= k <= 4 or self._names_no_body([w.text for w in words[-k:]]):
                    continue
                if k < len(words) and not text[words[-k - 1].end:words[-k].start].startswith(". ") \
                        and text[words[-k - 1].end:words[-k - 1].end + 1] not in ".!?":
                    continue  # (the name opens its sentence or line)
                affiliation = affiliation_after(text[m.end():m.end() + 200], lex)
                cands.append(_person(words[-k:], "person_defined", 1, m["role"], affiliation, 1))
        for m in _SELF_INTRODUCTION.finditer(text) if any(w in text for w in _SELF_INTRODUCTION_WORDS) else ():
            words = self._split(text, m.end(), min(len(text), m.end() + 80))
            k = name_after(words, 0, pw, lex)
            if 2 <= k <= 4 and not self._names_no_body([w.text for w in words[:k]]) \
                    and (k == len(words) or not plain_gap(text, words[k - 1], words[k])):
                cands.append(_person(words[:k], "person_introduced", 2))

    def _aged_before_names(self, text: str, cands: list[Cand]) -> None:
        """A full name right after an age written as one word: "A fourth defendant, 28-year-old Bikram Lama,
        was acquitted" (not "a 34-year-old Cambodian woman": a demonym and a noun are no name)."""
        pw, lex = self.people, self.lex
        for m in _AGE_THEN_NAME.finditer(text) if "-year-old" in text else ():
            words = self._split(text, m.end(), min(len(text), m.end() + 80))
            k = name_after(words, 0, pw, lex)
            if 2 <= k <= 4 and not self._names_no_body([w.text for w in words[:k]]) \
                    and (k == len(words) or not words[k].capitalised):
                cands.append(_person(words[:k], "person_age", 2))

    def _named_projects(self, text: str, cands: list[Cand]) -> None:
        """A capitalised name before a small "project"/"programme"/"initiative" after a determiner or an
        owner: "the Mukti Sanjal project", "USAID's Counter Trafficking in Persons program"."""
        for head in _PROJECT_HEAD.finditer(text):  # the head word first: the full pattern is slow to scan with
            m = _NAMED_PROJECT.search(text, max(0, head.start() - 160), head.end())
            if m is None:
                continue
            group = "quoted" if m["quoted"] else "name"
            start = _after_owner(text, m.start(group), m[group])  # "the ILO's LUTRENA project"
            name = text[start:m.end(group)].rstrip(" ,.")
            words = name.split()
            if not words:
                continue
            if group == "name" and ((len(words) == 1 and len(words[0]) < 4) or name.endswith(("'", "’", "'s", "’s"))
                                    or _FUNDER_COMPOUND.search(words[-1])
                                    or (self._names_no_body(words) and not self._acronym_named_as_body(name))
                                    or words[-1].lower() in self.lex.regions):
                continue  # "the USAID project", "the Cambodia programme", "the Tier 2 project", "Southeast Asia campaign",
                # "the ... Business Forum's initiative" (an owner's), "the USAID-funded project" (its funder's)
            if group == "quoted" and lookup_country(name) is not None:
                continue  # (quotes name it on purpose, whatever its words, but a country is no programme)
            cands.append(Cand(start, start + len(name), f"org:{org_key(name)}", name, "program", "named_project", 1))
        quotes = '"' in text or "“" in text  # (both patterns need one)
        quoted = [*_PROJECT_THEN_QUOTED.finditer(text), *_QUOTED_THEN_PROJECT.finditer(text)] if quotes else []
        for m in quoted:
            name = m["quoted"].rstrip(" ,.")
            if lookup_country(name) is None:
                start = m.start("quoted")
                cands.append(Cand(start, start + len(name), f"org:{org_key(name)}", name, "program", "named_project", 1))

    def _bracketed_form_companies(self, text: str, cands: list[Cand]) -> None:
        """A company named with a bracket before its legal form, which a run of capitalised words stops
        at: "Lanka Manpower (Pvt) Ltd", "Sunrise Apparel (Cambodia) Co., Ltd."."""
        for m, form in _ending_at(_BRACKETED_FORM_COMPANY, _BRACKET_THEN_FORM, text, 160):
            self._company(text, m, form.end(), "company_form", cands)

    def _firms_of_partners(self, text: str, cands: list[Cand]) -> None:
        """A firm named for its partners: "Chua & Partners", "Okafor & Associates" (a law firm, most often)."""
        if " & " not in text:
            return
        for m in _FIRM_OF_PARTNERS.finditer(text):
            self._company(text, m, m.end(), "company_partners", cands)

    def _company(self, text: str, m: re.Match[str], end: int, rule: str, cands: list[Cand]) -> None:
        """A company whose name starts in m's "name" group and runs to `end`, without a sentence's first word
        ("The Sunrise Apparel (Cambodia) Co., Ltd.", "The Okafor & Associates")."""
        words = m["name"].split()
        while words and words[0].lower() in self.lex.leading_stop:
            words.pop(0)
        if words:
            start = m.start("name") + m["name"].index(words[0])
            name = text[start:end]
            cands.append(Cand(start, end, f"org:{org_key(name)}", name, "company", rule, 2))

    def _numbered_branches(self, text: str, cands: list[Cand]) -> None:
        """A court's numbered branch is a court of its own, as Philippine courts are named: "Regional Trial Court
        (RTC) Branch 54", "RTC Branch 23, Cebu City" (one actor per branch, its acronym form the same one)."""
        for m in _NUMBERED_BRANCH.finditer(text):
            court, acr, num = m["court"], m["acr"], m["num"]
            start = m.start("court")
            if court.startswith(("The ", "the ")):
                court, start = court[4:], start + 4
            short = acr or (court if is_acronym(court) else "".join(w[0] for w in court.split()[-3:]))
            seat = " ".join(m["seat"].split()) if m["seat"] else ""
            name = f"{court} {seat} Branch {num}" if seat else f"{court} Branch {num}"
            seat_key = seat.removeprefix("of ").rstrip(",")
            cands.append(Cand(start, m.end(), f"org:{org_key(f'{short} {seat_key} Branch {num}')}", name, "government",
                              "numbered_branch", 3, None))

    def _named_operations(self, text: str, cands: list[Cand]) -> None:
        """A named police or multi-country operation or a named project is a programme: "Operation
        Vestra", "Operation Nanhe Farishtey", "Operation AAHT", "Project Lighthouse" (its name capitalised,
        not a country, a plain word or a role: "Project Manager Ana Ruiz")."""
        if "Operation " not in text and "Project " not in text:
            return
        for m in _OPERATION.finditer(text):
            words = m["name"].split()
            first = words[0].lower()
            if lookup_country(m["name"]) is not None or first in self.lex.leading_stop \
                    or first in self.lex.role_nouns or self.people.titles_at(split_words(m["name"]), 0):
                continue
            start = m.start()
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is not None and before[1].lower() not in self.lex.leading_stop:
                start = before.start(1)  # a kind of project named with it: "Analysis Project Phoenix"
            cands.append(Cand(start, m.end(), f"org:{org_key(text[start:m.end()])}", text[start:m.end()], "program",
                              "named_operation", 1))

    def _affiliated_bodies(self, text: str, accepted: list[Cand], acr_keys: dict[str, Cand]) -> list[Cand]:
        """The body a person's apposition names, when no other rule found it there: "Beatriz Lozano, a
        lawyer with APRAMP", "executive director of YWCA Zambia" (an organisation; its kind from its
        keyword, else an NGO, what such bodies mostly are)."""
        occupied: bytearray | None = None
        known = {c.key for c in accepted}
        # acronyms in brackets right after a body found: "National Bureau of Investigation (NNI)"
        spelled = {m.group(1) for c in accepted if c.kind != "person" and (m := _BRACKETED_ACRONYM_AFTER.match(text, c.end))}
        out: list[Cand] = []
        for c in accepted:
            name = c.affiliation
            if c.kind != "person" or not name or not name[:1].isupper() or len(name) > 80 or name in acr_keys \
                    or (name.isupper() and name in spelled):
                continue  # (an acronym the text spells out is that body's: its later mentions are found below)
            place = _PLACE_AT_END.search(name)
            if place is not None and (lead := split_words(name[:place.start()])) and len(lead) >= 2 \
                    and self.lex.keyword_at(lead, len(lead) - 1) is not None and lead[-1].lower not in self.lex.seats:
                name = name[:place.start()]  # where it works: "the Southern Poverty Law Center in Atlanta"
            words = split_words(name)
            if not words or len(words) > 6 or not all(w.capitalised or w.lower in self.lex.connectors for w in words) \
                    or (self._names_no_body([w.text for w in words]) and not self._acronym_named_as_body(name)) \
                    or (len(words) == 1 and not self._acronym_named_as_body(name)) or "-based" in name:
                continue  # ("Party" of "Chief of Party", "Washington-based ...": no name of a body alone)
            at = text.find(name, c.end, c.end + 300)
            if at < 0:
                continue
            name += numbered_tail(name, text, at + len(name))
            if occupied is None:
                occupied = _occupied(accepted, len(text))
            key = f"org:{org_key(name)}"
            if key in known or any(occupied[at:at + len(name)]):
                continue
            hit = next((h for i in range(len(words)) if (h := self.lex.keyword_at(words, i))), None)
            if hit is None and words[-1].lower in self.lex.regions:
                continue  # a region: "Regional Director for the East and Horn of Africa"
            if words[0].text == "State" and len(words) > 1 and words[1].lower == "for":
                continue  # a title's own words: "Parliamentary Under-Secretary of State for Safeguarding"
            if hit is None and text[max(0, at - 5):at].endswith((" for ", " of ")) and c.role and c.role[:1].isupper() \
                    and any(w.lower in self.lex.portfolio_words for w in words) \
                    and not any(w.text.isupper() for w in words) and not _BRACKETED_ACRONYM_AFTER.match(text, at + len(name)):
                continue  # a title's portfolio: "Cabinet Member for Communities and Safer Neighbourhoods", "Regional
                # Delegate of Social Affairs for the Littoral" (but an employer: "a spokeswoman for Salvamento
                # Marítimo", "Senior Crown Prosecutor for CPS Thames and Chiltern")
            out.append(Cand(at, at + len(name), key, name, hit[0].kind if hit else "ngo", "affiliation", 1))
            known.add(key)
        return out

    def _accused_in_case_titles(self, text: str, cands: list[Cand]) -> None:
        """The accused a case title names: "People v. D. Alcaraz et al.", "People v. J. Tolentino and S. Tolentino"
        (the Philippines'), "Republic v. Hassan Omari & 2 others" (Kenya's)."""
        for m in _CASE_TITLE.finditer(text):
            for part in _AND_OR_COMMA.split(m["names"]):
                a = m.start("names") + m["names"].index(part)
                words = self._split(text, a, a + len(part))
                if 2 <= len(words) <= 4 and name_after(words, 0, self.people, self.lex) == len(words) \
                        and not self.lex.has_keyword(words):
                    cands.append(_person(words, "person_accused", 2, "accused", None, 1))

    def _members_of_bodies(self, text: str, accepted: list[Cand]) -> list[Cand]:
        """A full name right before "of (the)" and a body found: "with Gareth Lowe of the Hallamford Business
        Network on supply chains", "Somchai Duangdee of the Andaman Fishers Solidarity Group (AFSG), which ..."."""
        out: list[Cand] = []
        taken = _occupied(accepted, len(text))
        for c in accepted:
            if c.kind in (None, "person") or c.start < 6:
                continue
            m = _NAME_OF_BODY.search(text, max(0, c.start - 60), c.start)
            if m is None or _NOT_BEFORE_A_MEMBER.search(text, max(0, m.start() - 8), m.start()):
                continue  # (a body's own words: "Director-General for Multilateral Cooperation of ...", "the Main Market of")
            words = self._split(text, m.start("name"), m.end("name"))
            if not 2 <= len(words) <= 3 or any(taken[words[0].start:words[-1].end]) \
                    or name_after(words, 0, self.people, self.lex) != len(words) or self.lex.has_keyword(words) \
                    or any(lookup_country(w.text) or w.lower in self.lex.calendar_words for w in words):
                continue
            out.append(_person(words, "person_of_body", 2, None, c.name, 1))
        return out

    def _described_bodies(self, text: str, cands: list[Cand]) -> None:
        """Names written right after a word that says what they are, with no organisation keyword of
        their own: "anti-slavery charity Unseen", "the Nepali NGO Maiti Nepal", "the NGOs ASTRA and
        Atina", "the independent outlet Turkmen.news" (an outlet or newspaper is media, the rest NGOs)."""
        if "program" in text or "scheme" in text or "campaign" in text:
            for m in _PROGRAMME_DESCRIPTOR.finditer(text):  # "continued Maetot, a national service program in ..."
                end = m.start()
                if text[end - 1:end] == ")" and (opens := text.rfind("(", max(0, end - 40), end)) > 0 \
                        and text[opens - 1] == " ":
                    end = opens - 1  # its name in English after it: "Surakshit Bachpan (Safe Childhood), a programme"
                words = self._split(text, max(0, end - 60, text.rfind("\n", 0, end) + 1), end)
                k = 0
                while k < len(words) and k < 4 and words[-k - 1].capitalised and not words[-k - 1].possessive:
                    k += 1
                if k and k < len(words) and words[-1].end == end and not words[-k - 1].capitalised:
                    self._described_body(text[words[-k].start:end], words[-k].start, end, "program", cands)
        if not any(word in text for word in _DESCRIPTOR_WORDS):
            return
        for m in _DESCRIBED_BODY.finditer(text):
            descriptor = m["descriptor"].lower()
            kind = "media" if descriptor in _MEDIA_DESCRIPTORS else "company" if descriptor in _COMPANY_DESCRIPTORS \
                else "government" if descriptor == "unit" else "ngo"
            names = [(m.start("name") + a.start(), m.start("name") + a.end()) for a in _LIST_ITEM.finditer(m["name"])]
            if not m["descriptor"].endswith("s") and names:
                # a singular descriptor names one body, which may hold "and" ("the NGO Hope and Homes for
                # Children") but ends before a body the gazetteer knows ("the NGO La Strada and Winrock
                # International")
                known = next((a for a, b in names[1:] if exact_key(text[a:b]) in self.by_key), None)
                end = m.end("name") if known is None else m.start("name") + len(
                    _LIST_JOIN_AT_END.sub("", text[m.start("name"):known]))
                if "," in m["name"]:  # nor past a comma: "the NGO Challenging Heights, Mr Daniel Ofori, says"
                    end = min(end, m.start("name") + m["name"].index(","))
                names = [(m.start("name"), end)]
            for a, b in names:
                self._described_body(text[a:b], a, b, kind, cands,
                                     spelt=_BRACKETED_ACRONYM.match(text, b + 1) is not None and text[b:b + 1] == " ")
        for m in _BODY_THEN_DESCRIPTOR.finditer(text):  # "CoMensha, the NGO that serves as ..."
            # "Tadamoun, the government agency mandated to ..."; "Café Serra Alta Exportadora, a trading company based in ..."
            if " " not in m["name"] and _PLACE_BEFORE_NAME.search(text, max(0, m.start() - 4), m.start()):
                continue  # a place where a body worked, then the body's description: "helped by APRAMP in Málaga, the
                # charity said" (but "worked at Hope Rising Upstate, a nonprofit")
            if "non-governmental" in m.group() and _NAME_GOES_ON_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # the end of a longer name: "Eve for Life, a non-governmental organisation" (found whole elsewhere)
            kind = "government" if m["public"] else "company" if m["company"] else "ngo"
            self._described_body(m["name"], m.start("name"), m.end("name"), kind, cands)

    def _described_acronyms(self, text: str, cands: list[Cand], acr_keys: dict[str, Cand]) -> None:
        """An acronym the text never spells out, named as a public body by what is written next to it:
        "OCPM—a specialized unit responsible for anti-trafficking enforcement", "the government's
        interagency task force on trafficking (MITP)"."""
        found = [m for m in _ACRONYM_THEN_UNIT.finditer(text)
                 if not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())]  # ("an NGO, the agency")
        for m in _BRACKETED_ACRONYM.finditer(text):  # the bracket first: the body's words are looked for before it
            unit = _UNIT_BEFORE_ACRONYM.search(text, max(0, m.start() - 70), m.start())
            topic = unit["topic"] if unit else None
            if unit is None or (topic and _spells_topic(m["name"], topic)):
                continue  # (the topic's acronym: "directorate for anti-gender-based violence (GBV)")
            found.append(m)
        for m in found:
            name = m["name"]
            if name in self.by_acronym or name in acr_keys or name in _COMMON_ACRONYMS or lookup_country(name) is not None:
                continue  # (a known or spelt-out body is found by other rules)
            cands.append(Cand(m.start("name"), m.end("name"), f"org:{org_key(name)}", name, "government",
                              "described_acronym", 1))

    def _acting_acronyms(self, text: str, cands: list[Cand], acr_keys: dict[str, Cand]) -> None:
        """An acronym the text never spells out, written as a body that acts: "The HTU continued to
        ...", "MITP identified 21 victims", "ATU officers", "the NBI trafficking unit" (a report's
        section cut from the one that spelt it out). Read in TIP narratives only, where such a body
        is the government's; in news the kind cannot be told."""
        lex = self.lex
        for m, _ in _ending_at(_LEADING_ACRONYM, _LED_SUFFIX, text, 12):
            self._acting_acronym(text, m, cands, acr_keys)
        for _, m in _ending_at(_STAFF_WORD, _OF_THE_ACRONYM, text, 24):
            self._acting_acronym(text, m, cands, acr_keys)
        for m in _ACTING_ACRONYM.finditer(text):
            name = m["name"]
            if (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/.'’")) or not is_acronym(name) \
                    or text[max(0, m.start() - 2):m.start()] == "& " or name == "TIP" or _MINISTRY_ACRONYM.fullmatch(name):
                continue  # (the end of a longer acronym, "NCCPIM & TIP"; the topic's own acronym; a ministry's, read later)
            after = m["after"].split()
            while after[0] in lex.body_modals and len(after) > 1:
                after = after[1:]  # "OAG would prosecute the cases", "PIBA did not investigate"
            acts = after[0] in lex.body_verbs and not (after[0].startswith("provide") and after[1:2] in (["for"], ["that"]))
            staff = next((i for i, w in enumerate(after) if w in lex.body_staff or w in _JOINING), None)
            if not acts and (staff is None or after[staff] in _JOINING):
                continue
            self._acting_acronym(text, m, cands, acr_keys)

    def _acting_acronym(self, text: str, m: re.Match[str], cands: list[Cand], acr_keys: dict[str, Cand]) -> None:
        """The public body an acronym found acting (match group `name`) names, unless it is known,
        spelt out, a kind of body, a place, or a ministry's (read by _ministry_acronyms)."""
        name = m["name"]
        if name in self.by_acronym or name in acr_keys or name.upper() in _COMMON_ACRONYMS or name == "TIP" \
                or not is_acronym(name) or _MINISTRY_ACRONYM.fullmatch(name) or lookup_country(name) is not None \
                or f"({name}" in text or f" {name})" in text:
            return  # ("(Ministère ..., or MFFE)": spelt out in another language)
        cands.append(Cand(m.start("name"), m.end("name"), f"org:{org_key(name)}", name, "government",
                          "acting_acronym", 1))

    def _described_body(self, name: str, a: int, b: int, kind: str, cands: list[Cand], *, spelt: bool = False) -> None:
        """A body a descriptor names ("the NGO Safe House in Osh"); `spelt`: its acronym follows in brackets, so
        the name runs to it whole ("the non-governmental organisation Young Power in Social Action (YPSA)")."""
        place = _PLACE_AT_END.search(name) if not spelt else None
        before = name[:place.start()] if place is not None else ""
        if place is not None and (len(before.split()) >= 2 or before in self.by_acronym or exact_key(before) in self.by_key
                                  or (before.isupper() and len(before) >= 3)):  # ("the NGO SAVE in Tiruppur")
            name = name[:place.start()]  # where it works: "the NGO Safe House in Osh", "the NGO A21 in Thessaloniki"
            b = a + len(name)
        if name.endswith(("'s", "\u2019s")):
            return  # an owner: "directors of the company, including Karki's nephew"
        words = name.split()
        if self._names_no_body(words) and not self._acronym_named_as_body(name):
            return  # "NGOs Cambodian", "NGO ASEAN": no body named here
        if len(words) == 1 and words[0].lower() in self.lex.calendar_words:
            return  # "in February, the company's manager": a month
        cut = next((i for i in range(1, len(words) - 1) if words[i] in ("on", "in", "this", "last")
                    and words[i + 1].lower().rstrip(".,") in self.lex.calendar_words), None)
        if cut is not None and (kept := re.match(rf"\S+(?:\s+\S+){{{cut - 1}}}", name)) is not None:
            name, words, b = kept.group(), words[:cut], a + kept.end()  # when it spoke: "told broadcaster NRK on Monday"

        if kind == "company" and (words[0].lower() in self.lex.role_nouns or self.people.titles_at(split_words(name), 0)):
            return  # "the company CEO", "the firm Chairman ...": a role, not a name
        cands.append(Cand(a, b, f"org:{org_key(name)}", name, kind, "described_body", 1))

    def _acronym_named_as_body(self, name: str) -> bool:
        """An acronym the gazetteer does not know, written as a body's name: "the NGO ASTRA"."""
        return len(name) >= 3 and name.isupper() and name.isalpha() and name not in self.by_acronym

    def _names_no_body(self, words: Sequence[str]) -> bool:
        """Whether capitalised words taken as a body's name cannot be one: a country or a demonym, an
        acronym alone (an actor of its own when it is one), a law or place, a word that opens sentences."""
        name = " ".join(words)
        return (len(words) == 1 and words[0].isupper()) or lookup_country(name) is not None \
            or (lookup_demonym(words[0]) is not None and len(words) < 3) or lookup_demonym(name) is not None \
            or words[0].lower() in self.lex.leading_stop \
            or words[-1].lower() in self.lex.not_org_heads

    def _dateline_agency(self, text: str, cands: list[Cand]) -> None:
        """The news agency a dateline or a closing credit names: "MEXICO CITY, Aug 17 (AFP) -" is Agence
        France-Presse there, whatever else "AFP" may stand for (the gazetteer's "<credit> news agency" entry
        names it); "the official MAP news agency"; "... by December. (PNA)" at the story's end."""
        found = [m for pattern in _AGENCY_CREDITS for m in pattern.finditer(text)]
        if "news agency" in text:
            found += [m for pattern in _AGENCY_NAMED for m in pattern.finditer(text)]
        found += list(_CLOSING_CREDIT.finditer(text, max(0, len(text) - 80)))
        if " reports." in text:  # "..., IPN reports.": the agency the story is taken from (not a body it defines)
            found += [m for m in _AGENCY_REPORTS.finditer(text) if f"({m['agency']})" not in text]
        if "told The " in text:  # "... Datuk Azman Rahim told The Star.": a newspaper spoken to
            for m in _TOLD_PAPER.finditer(text):
                words = split_words(m["agency"])
                if not any((hit := self.lex.keyword_at(words, i)) and hit[0].kind != "media"
                           for i in range(1, len(words))):  # (not "told The Court")
                    self._outlet(text, m.start("agency"), m.end("agency"), cands, "told_outlet")
        for m in _PAPER_AS_SUBJECT.finditer(text):  # "The Ayeyarwady Dispatch spoke to five of the workers"
            if m["head"].lower() in self.lex.paper_heads:
                self._outlet(text, m.start("paper"), m.end("paper"), cands, "told_outlet")
        if "news agency" in text:
            for m in _NAMED_NEWS_AGENCY.finditer(text):  # "Jozić told Fena news agency"
                name = m["name"]
                if name.split()[0] in ("The", "State", "National", "Official") or lookup_demonym(name) or lookup_country(name):
                    continue  # ("Russian news agency TASS", "state news agency")
                idx = self.by_key.get(exact_key(name), self.by_acronym.get(name))
                if idx is None:
                    cands.append(Cand(m.start("name"), m.end("name"), f"org:{org_key(name)}", name, "media", "news_agency", 2))
        for m in _SPOKEN_TO.finditer(text):  # "told the Daily Graphic", "told Romania Insider"
            words = m["paper"].split()
            if words[-1].lower() in self.lex.paper_heads and (words[0] != "The" or len(words) > 2):
                self._outlet(text, m.start("paper"), m.end("paper"), cands, "told_outlet")
            elif len(words) == 2 and words[0] == "The" and m.group().lower().startswith(("speaking", "interviewed")) \
                    and not lookup_country(words[1]) and ((hit := self.lex.keyword_at(split_words(words[1]), 0)) is None
                                                          or hit[0].kind == "media"):
                self._outlet(text, m.start("paper"), m.end("paper"), cands, "told_outlet")  # "Speaking to The Peninsula"
            elif len(words) == 1 and _CAMEL_CASE.fullmatch(words[0]) and m.group().lower().startswith(_TOLD_WORDS) \
                    and self.by_key.get(exact_key(words[0])) is None:
                self._outlet(text, m.start("paper"), m.end("paper"), cands, "told_outlet")  # "told QazWire that"
        for m in _CLOSING_CREDITS.finditer(text, max(0, len(text) - 80)):
            for item in _CREDIT_ITEM.finditer(text, m.start("agencies"), m.end("agencies")):
                a = item.group()
                idx = self.by_key.get(exact_key(f"{a} news agency"), self.by_acronym.get(a, self.by_key.get(exact_key(a))))
                if idx is not None and self.entries[idx].kind == "media":
                    cands.append(self._gazetteer_cand(idx, item.start(), item.end(), "dateline_credit"))
        for m in found:
            agency = m["agency"]
            idx = self.by_key.get(exact_key(f"{agency} news agency"))
            if idx is not None and self.entries[idx].kind == "media":
                cands.append(self._gazetteer_cand(idx, m.start("agency"), m.end("agency"), "dateline_credit"))
            elif idx is None and is_acronym(agency) and agency not in self.by_acronym:
                # an agency the gazetteer does not know, credited where only an agency stands: "(IPN) -"
                cands.append(Cand(m.start("agency"), m.end("agency"), f"org:{org_key(agency)}", agency, "media",
                                  "dateline_credit", 2))

    def _site_name(self, text: str, site: str, cands: list[Cand]) -> None:
        """The page's own site named in its text ("told LankaVoice", "WCFP reported"): a medium, unless the
        gazetteer knows the name as a body of another kind ("UNHCR Ethiopia" on UNHCR's own page)."""
        idx = self.by_key.get(exact_key(site), self.by_acronym.get(site))
        words = split_words(site)
        if (idx is not None and self.entries[idx].kind != "media") or lookup_country(site) or lookup_demonym(site) \
                or any(w.text in self.by_acronym for w in words) \
                or (idx is None and any((hit := self.lex.keyword_at(words, i)) and hit[0].kind != "media"
                                        for i in range(len(words)))):
            return  # (a body's own site, "IOM Zambia", "Lantern Home Foundation": its own rules name it)
        for m in _whole_phrase(site).finditer(text):
            cands.append(Cand(m.start(), m.end(), f"org:{org_key(site)}", site, "media", "site_name", 2))

    def _page_author(self, text: str, author: str, cands: list[Cand]) -> None:
        """An author the page's metadata names, where its text names them in full: a reporter (a body's name in
        the author field, "Staff Reporter" or an agency, is none)."""
        words = split_words(author)
        if not 2 <= len(words) <= 5 or self.lex.has_keyword(words) \
                or any(w.lower in self.lex.role_nouns for w in words):
            return
        for m in _whole_phrase(author).finditer(text):
            cands.append(_person(self._split(text, m.start(), m.end()), "page_author", 2, "reporter", None, 1))

    def _credited_people(self, text: str, cands: list[Cand]) -> None:
        """The journalists a news story credits: a byline on its own line ("By Ifeoma Nwachukwu") and a
        wire service's credit line ("(Reporting by Pracha Boonmee; Editing by Martin Hale)")."""
        if "By " in text or "BY " in text or "\nby " in text or "\nby:" in text or text.startswith("by ") \
                or "Written by" in text or "Author" in text \
                or "Reporter:" in text:  # (the lower-case "by" only opens a line of its own)
            for m in _BYLINE.finditer(text):
                group = "names" if m["names"] else "small"
                dated = _BYLINE_DATE.search(text, m.start(group), m.end(group))  # "By Marieke van Doorn, March 14"
                self._credited(text, m.start(group), dated.start() if dated else m.end(group), "reporter", cands)
                if m["outlet"]:  # "Author: Brianna Keller (11Alive)": the outlet the reporter writes for
                    self._outlet(text, m.start("outlet"), m.end("outlet"), cands)
                elif m["tail"] and (tail := _BYLINE_OUTLET.fullmatch(m["tail"])) is not None \
                        and self._names_paper(tail["outlet"]):
                    # "By Riyaz Ahmed Khan | The Peninsula", "By Siatta G. Wreh, FrontPageAfrica"
                    a = m.start("tail") + tail.start("outlet")
                    self._outlet(text, a, a + len(tail["outlet"]), cands)
        if " contributed " in text:
            for m in _CONTRIBUTED.finditer(text):  # "WBKT's Kevin Ortiz contributed to this report."
                self._credited(text, m.start("name"), m.end("name"), "reporter", cands)
                if m["outlet"]:
                    self._outlet(text, m.start("outlet"), m.end("outlet"), cands)
        if any(label in text for label in _CREDIT_LABEL_STEMS):
            for m in _LABELLED_CREDIT.finditer(text):  # "Translation: Fabrício Souza - Edition: Marina Campos Leite"
                self._credited(text, m.start("name"), m.end("name"), _CREDIT_ROLES[m["label"].lower()], cands)
        bare = [*_BARE_BYLINE.finditer(text, 0, _BYLINE_ZONE), *_BARE_BYLINE_UNDER_TITLE.finditer(text, 0, _BYLINE_ZONE)]
        for m in bare:  # a name alone between blank lines, or right under the title
            if m.groupdict().get("place") and lookup_country(m["place"]) is not None:
                continue  # a place and its country ("Greater Accra, Ghana"), not a reporter and a place
            if m.start("names") > 0 and self._all_name(text, m.start("names"), m.end("names")):
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
        if "Tel" in text or "mail" in text or "Phone" in text or "+" in text:
            for m in _CONTACT_LINE.finditer(text):  # "Sara Lindqvist, UNICEF New York, Tel: +1 917 ...", "... at IOM Niger, Tel:"
                words = self._split(text, m.start("name"), m.end("name"))
                if 2 <= len(words) <= 4 and name_after(words, 0, self.people, self.lex) == len(words):
                    org = (m["org"] or "").strip()
                    cands.append(_person(words, "person_contact", 2, "media contact",
                                         org if org and "@" not in org else None, 1))  # (an e-mail address is no office)
        for m in _QUOTE_ATTRIBUTION.finditer(text):  # '... by the time anyone is convicted." — Jelena Marković, legal analyst'
            words = self._split(text, m.start("name"), m.end("name"))
            if len(words) >= 2 and name_after(words, 0, self.people, self.lex) == len(words) \
                    and not self.lex.has_keyword(words):
                role = " ".join(m["role"].split()) if m["role"] else None
                if role is not None and (exact_key(role) in self.by_key or role in self.by_acronym):
                    cands.append(_person(words, "person_quoted", 2, None, role, 1))  # "– Rania Haddad, ILO"
                elif role is not None and " at " in role:  # "— Tom Ashdown, helpline operations manager at Unseen"
                    title, _, body = role.rpartition(" at ")
                    cands.append(_person(words, "person_quoted", 2, title, body, 1))
                else:
                    cands.append(_person(words, "person_quoted", 2, role, None, 1))
        for m in _SIGNATURE.finditer(text):  # a letter's signature: "Natalia Ciobanu" over "Executive Director, Asociația Lumina"
            words = self._split(text, m.start("name"), m.end("name"))
            role = self._split(text, m.start("role"), m.end("role"))
            if name_after(words, 0, self.people, self.lex) == len(words) and role and (
                    self.people.titles_at(role, 0) == len(role) or role[-1].lower in self.lex.role_nouns) \
                    and (m["org"] or m.start() < _BYLINE_ZONE  # (a name and a job alone: a byline, near the top,
                         or _LETTER_CLOSING.search(text, max(0, m.start() - 40), m.start())):  # or a letter's signer)
                cands.append(_person(words, "person_signature", 2, " ".join(m["role"].split()),
                                     m["org"].strip() if m["org"] else None, 1))
        for m in _NAME_ROLE_BODY_LINE.finditer(text) if ", " in text else ():
            # a list of those present, one a line: "Ruth Bellamy, Service Manager, City Hearts"
            words = self._split(text, m.start("name"), m.end("name"))
            role = self._split(text, m.start("role"), m.end("role"))
            if len(words) >= 2 and name_after(words, 0, self.people, self.lex) == len(words) and role \
                    and role[-1].lower in self.lex.role_nouns and not self.lex.has_keyword(words) \
                    and lookup_country(m["org"]) is None:
                cands.append(_person(words, "person_signature", 3, " ".join(m["role"].split()), m["org"].strip(), 3))
        closing = _BY_CLOSING_LINE.finditer(text, 0, _BYLINE_ZONE) if "By " in text else ()
        for m in (*_BY_AT_LINE_END.finditer(text), *closing):
            # "The Recruiter's Shadow, a newsletter on labour exploitation by Daniel Oduya"
            words = self._split(text, m.start("name"), m.end("name"))
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].split()
            if len(line) >= 3 and line[-1].lower() not in _CREDITED_TASKS \
                    and name_after(words, 0, self.people, self.lex) == len(words) \
                    and not self.lex.has_keyword(words):
                # (a credit's own line, or a task named before "by": "Edited by ...", "Picture by ...")
                cands.append(_person(words, "person_credited", 2, "author", None, 1))
        if " by " in text:
            for m in _TASK_BY_NAME.finditer(text):  # "is produced by Ifeoma Nwachukwu and edited by Ben Rosario"
                words = self._split(text, m.start("name"), m.start("name") + 80)
                words = words[:name_after(words, 0, self.people, self.lex)]  # (a particle: "Ahmed bin Saif al-Kindi")
                if 2 <= len(words) <= 5 \
                        and not self.lex.has_keyword(words):
                    cands.append(_person(words, "person_credited", 2, _TASK_ROLES[m["task"].lower()], None, 1))
        for m in _ROLE_COLON_NAME.finditer(text):  # "Spokesperson for the UN High Commissioner ...: Liv Marchetti"
            words = self._split(text, m.start("name"), m.end("name"))
            if name_after(words, 0, self.people, self.lex) == len(words):
                cands.append(_person(words, "person_role_line", 2, m["role"].strip(), None, 1))
        if "contact" in text or "@" in text:
            # "please contact Lina Haddad at IOM Libya", "contact: in Geneva, Liv Marchetti – liv@un.org or
            # Jeremy Osei-Tutu – jeremy@un.org"
            for m in _CONTACT_NAME.finditer(text):
                group = "name" if m["name"] else "name2" if m["name2"] else "name3"
                words = self._split(text, m.start(group), m.end(group))
                if 2 <= len(words) <= 4 and name_after(words, 0, self.people, self.lex) == len(words) \
                        and not self.lex.has_keyword(words):
                    org = (m["org"] or m["org3"] or "").strip() or None
                    cands.append(_person(words, "person_contact", 2, "media contact", org, 1))
        for m in _BYLINE_STAMPED.finditer(text, 0, _BYLINE_ZONE):
            group = "names" if m["names"] else "titled" if m["titled"] else "slashed" if m["slashed"] else "jobbed"
            self._credited(text, m.start(group), m.end(group), "reporter", cands)
        if (m := _CAPS_BYLINE.match(text)) is not None:  # "HILMA NANGOLO" under the headline (or its standfirst)
            name = m["names"].title()
            words = split_words(name, m.start("names"))
            if name_after(words, 0, self.people, self.lex) == len(words) \
                    and not any(self.lex.keyword_at(words, i) or lookup_country(w.text) or lookup_demonym(w.text)
                                or w.lower in self.lex.paper_heads or w.lower in self.lex.role_nouns
                                for i, w in enumerate(words)):
                cands.append(Cand(m.start("names"), m.end("names"), f"person:{name.lower()}", name, "person",
                                  "byline_caps", 2, role="reporter", role_weight=1))
        if "+" in text:
            for m in _ORG_CONTACT_LINE.finditer(text):  # "UNHCR: In Geneva, Lucia Marchetti, +41 79 217 3391"
                words = self._split(text, m.start("name"), m.end("name"))
                if 2 <= len(words) <= 4 and name_after(words, 0, self.people, self.lex) == len(words):
                    cands.append(_person(words, "person_contact", 2, "media contact", (m["org"] or "").strip() or None, 1))
        if "\u2014" in text or "--" in text:
            for m in _SIGN_OFF.finditer(text):  # "\u2014Katrina Mendoza/RSJ, Balita Network News" closing a story
                words = self._split(text, m.start("name"), m.end("name"))
                if 2 <= len(words) <= 4 and name_after(words, 0, self.people, self.lex) == len(words):
                    self._credited(text, m.start("name"), m.end("name"), "reporter", cands)
        bylines = [*_BYLINE_OVER_OUTLET.finditer(text, 0, _BYLINE_ZONE), *_BYLINE_SLASH_OUTLET.finditer(text, 0, _BYLINE_ZONE)]
        for m in bylines:  # "Sekar Ayuningtyas\nThe Jakarta Post", "Sok Chanmony / Khmer Times"
            idx = self.by_key.get(exact_key(m["outlet"]))
            if idx is not None and self.entries[idx].kind == "media":
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
            elif idx is None and self._names_paper(m["outlet"]) and self._all_name(text, m.start("names"), m.end("names")):
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)  # "Salote Naivalu\nFBC News"
        for m in [*_BYLINE_OVER_DATE.finditer(text, 0, _BYLINE_ZONE), *_BYLINE_JOB.finditer(text, 0, _BYLINE_ZONE)]:
            if self._all_name(text, m.start("names"), m.end("names")):
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
                # (a capitalised job after the name is no body's name with it: "Rachel Hughes Court and crime reporter")
                cands[:] = [c for c in cands if not (c.rule == "org_keyword" and c.start == m.start("names")
                                                     and c.end <= m.end())]
        for m in _BYLINE_AGENCY.finditer(text, 0, _BYLINE_ZONE):
            group = "agency" if m["agency"] else "paren"
            agency = m[group]
            idx = self.by_acronym.get(agency, self.by_key.get(exact_key(agency)))
            if idx is not None and self.entries[idx].kind == "media":  # the outlet known: the line is a byline
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
                cands.append(self._gazetteer_cand(idx, m.start(group), m.end(group), "byline_credit"))
            elif idx is None and group == "agency" and self._names_paper(agency) \
                    and self._all_name(text, m.start("names"), m.end("names")):
                # an outlet the gazetteer does not know, shaped like a paper's name: "Shafeeq Rahman Kolathur | The
                # Peninsula"
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
                self._outlet(text, m.start(group), m.end(group), cands)
        for m in _BYLINE_COMMA_OUTLET.finditer(text, 0, _BYLINE_ZONE):
            idx = self.by_key.get(exact_key(m["agency"]))
            if (idx is not None and self.entries[idx].kind == "media") or (idx is None and self._names_paper(m["agency"])):
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
                self._outlet(text, m.start("agency"), m.end("agency"), cands)
        for m in _WITH_CREDIT.finditer(text):  # "With a report from Ian Kowalczyk in Toronto"
            names = m["names"]
            last = names.rpartition(", ")[2]
            if ", " in names and " " in last and ((i := self.by_key.get(exact_key(last))) is not None
                                                  and self.entries[i].kind == "media" or self._names_paper(last)):
                # the person's outlet after a comma: "With a report from Jerome Lacson, KNN News"
                a = m.start("names") + len(names) - len(last)
                self._outlet(text, a, a + len(last), cands)
                self._credited(text, m.start("names"), a - 2, "reporter", cands)
                continue
            parts = [(part.start(), part.group().strip().removeprefix("and ").strip())
                     for part in re.finditer(r"[^,]+?(?=,|[ \t]+and[ \t]+|\Z)", names)]
            parts = [(at, name) for at, name in parts if name]
            if any(name.startswith("The ") or exact_key(name) in self.by_key or name in self.by_acronym for _, name in parts) \
                    or all(" " not in name for _, name in parts):
                # outlets: "With files from The Canadian Press and Reuters", "With reports from Milenio and Expreso"
                # (a person credited is named in full)
                for at, outlet in parts:
                    a = m.start("names") + at + names[at:].index(outlet)
                    self._outlet(text, a, a + len(outlet), cands)
            else:
                self._credited(text, m.start("names"), m.end("names"), "reporter", cands)
        if "Photo" in text or "Pic" in text or "Image" in text or "Credit" in text or "/" in text or "\u00a9" in text \
                or ")\n" in text or text.endswith(")"):
            self._photo_credits(text, cands)
        for m in _CREDIT.finditer(text):  # from each "by": a pattern opening with a literal scans fast
            task = _CREDIT_TASK.search(text, max(0, m.start() - 24), m.start())
            if task is not None:
                role = "editor" if task.group().lower().startswith("edit") else "reporter"
                self._credited(text, m.start("names"), m.end("names"), role, cands)

    def _photo_credits(self, text: str, cands: list[Cand]) -> None:
        """The credit closing a photo's caption: "Photo: Kente Times/Ama Darko", "Picture by Euan Duthie", "(Tomas
        Beaulieu/Northline News)", "[Ana Ruiz/Athens Courier]", "Gazette photo by Tom Brinks", "PHOTO/ RUTH AKELLO": a photographer named in full is a person, an outlet the gazetteer knows or
        shaped like a paper's name is media; anything else ("Photo: Gulf Mirror archives") is left alone."""
        # a caption's credit, a name alone in brackets closing a line with no full stop: "The trial resumes on
        # November 27 (Christos Theodorides)" (a sentence of the story ends with its stop)
        bare = [m for end in _line_ends_after_bracket(text)
                if (m := _PHOTO_CREDIT_BARE.search(text, max(0, text.rfind("(", 0, end) - 2), end + 1))]
        copyright_ = _PHOTO_CREDIT_COPYRIGHT.finditer(text) if "\u00a9" in text else ()
        credits = [*_PHOTO_CREDIT.finditer(text), *_PHOTO_CREDIT_BRACKETED.finditer(text), *bare, *copyright_,
                   *(_PHOTO_CREDIT_AFTER_STOP.finditer(text) if "/" in text else ())]
        if not credits:
            return
        # (a run of capitals read a credit as one body: "Tomas Beaulieu/Northline News")
        cands[:] = [c for c in cands if not (c.rule == "org_keyword" and "/" in c.name
                                             and any(m.start() <= c.start and c.end <= m.end() for m in credits))]
        for m in credits:
            for group in ("a", "b") if m.re is _PHOTO_CREDIT else ("c",) if m.re is _PHOTO_CREDIT_BARE else ("c", "d"):
                if m[group] is None:
                    continue
                a, b = m.start(group), m.end(group)
                words = self._split(text, a, b)
                idx = self.by_key.get(exact_key(m[group]))
                if idx is not None and self.entries[idx].kind == "media" or self._names_paper(m[group]):
                    self._outlet(text, a, b, cands)
                elif 2 <= len(words) <= 3 and (self._all_name(text, a, b) or self._all_capitals_name(words)) \
                        and not any(w.lower in self.lex.paper_heads for w in words):
                    cands.append(_person(words, "photo_credit", 2, "photographer", None, 1))

    def _name_role_lines(self, text: str, cands: list[Cand]) -> None:
        """A name and a job alone on a line, as a team's list writes them: "Hannah Frost, Research Fellow (0.8
        FTE)" (after the credits: a byline's rule reads "Tama Ngata, Hawke's Bay reporter" its own way)."""
        credited = {c.start for c in cands if c.kind == "person"}
        for m in _NAME_ROLE_LINE.finditer(text):
            words = self._split(text, m.start("name"), m.end("name"))
            role = self._split(text, m.start("role"), m.end("role"))
            if words[0].start not in credited and name_after(words, 0, self.people, self.lex) == len(words) \
                    and role and role[-1].lower in self.lex.role_nouns \
                    and not self.lex.has_keyword(words) and not self.lex.has_keyword(role):
                cands.append(_person(words, "person_signature", 2, " ".join(m["role"].split()), None, 3))

    def _speaker_lists(self, text: str, cands: list[Cand]) -> None:
        """People a programme lists after "Speakers:" or "Panellists:", each with a body or a job after a comma,
        the items apart by semicolons: "Speakers: Rita Shrestha, Pourakhi Nepal; Fatima Al-Mansoori, Migrant-Rights"."""
        pw, lex = self.people, self.lex
        for label in _SPEAKERS_LABEL.finditer(text):
            line_end = text.find("\n", label.end())
            line_end = len(text) if line_end < 0 else line_end
            pos = label.end()
            for item in _SPEAKER_ITEM.finditer(text, pos, line_end):
                if item.start() != pos:
                    break  # (the list ends where its items stop: "... Migrant-Rights.org. Panellists argued that")
                pos = item.end()
                words = self._split(text, item.start("name"), item.end("name"))
                skip = pw.titles_at(words, 0)
                name = words[skip:]
                if not 2 <= len(name) <= 4 or name_after(name, 0, pw, lex) != len(name) or lex.has_keyword(name):
                    continue
                parts = [" ".join(p.split()) for p in item["rest"].split(",")]
                job = parts[0] if len(parts) > 1 and parts[0].split()[-1].lower() in lex.role_nouns else None
                body = parts[-1] if not (len(parts) == 1 and parts[0].split()[-1].lower() in lex.role_nouns) else None
                title = _words_text(words[:skip]) if skip else None  # ("Hon.", "Dr.")
                cands.append(_person(name, "person_speaker_list", 2, job or title, body, 2))

    def _people_in_tables(self, text: str, cands: list[Cand]) -> None:
        """People a table lists in a column of names ("Name | Organisation" in minutes, a project's team), with the
        body and the job the columns beside it give. A column headed "Name" alone may list shelters or firms: it
        names people only beside a column of bodies or of jobs."""
        pw, lex = self.people, self.lex
        for table in read_tables(text):
            titles = [t.strip("*: ").lower() for t in table.titles]
            col = next((i for i, t in enumerate(titles) if t in lex.people_columns), None)
            org = next((i for i, t in enumerate(titles) if t in lex.affiliation_columns), None)
            role = next((i for i, t in enumerate(titles) if t in lex.role_columns), None)
            if col is None or (titles[col] in ("name", "names") and org is None and role is None):
                continue
            for row in table.full_rows():
                cell = row.cells[col]
                bare = cell.text.split("(")[0].rstrip()  # "DI Claire Hollis (Chair)"
                bare, _, after_comma = bare.partition(",")  # "Katherine Lau, Director General": the name, the job
                words = self._split(text, cell.start, cell.start + len(bare))
                skip = pw.titles_at(words, 0)
                if not skip and words and (words[0].text.isupper() and len(words[0].text) <= 4 or words[0].text.endswith(".")):
                    skip = 1  # a rank or a title the title list lacks: "DS Mark Bennett", "Rev. David Orme"
                name = words[skip:]
                if 2 <= len(name) <= 4 and name_after(name, 0, pw, lex) == len(name) and not lex.has_keyword(name):
                    body = row.cells[org].text or None if org is not None else None
                    job = row.cells[role].text or None if role is not None else after_comma.strip() or None
                    cands.append(_person(name, "person_table", 2, job, body, 1))
                if org is not None:  # the body beside a person is an actor too ("Public Safety Canada")
                    self._body_in_cell(text, row.cells[org], cands)

    def _bodies_in_tables(self, text: str, cands: list[Cand]) -> None:
        """Bodies a table lists in its first column when that column is headed as one of bodies ("Organisation |
        Country | Award" in a list of grantees): each cell a body, of the kind its keyword gives, else an NGO (such
        lists are of civil society's grantees and partners; a cell that names a person or a place is none)."""
        lex = self.lex
        for table in read_tables(text):
            titles = [t.strip("*: ").lower() for t in table.titles]
            if not titles or titles[0] not in lex.body_columns or any(t in lex.people_columns for t in titles):
                continue
            for row in table.full_rows():
                self._body_in_cell(text, row.cells[0], cands)

    def _body_in_cell(self, text: str, cell: Cell, cands: list[Cand], kind: str = "ngo") -> None:
        """The body a table's cell names, if it is a name: of the kind its keyword gives, the gazetteer's, else
        `kind`."""
        lex = self.lex
        name = cell.text.strip(" *").split(" (")[0].split(",")[0].strip()  # (an acronym after it is a definition;
        # a unit after a comma is the body's: "Royal Canadian Mounted Police (RCMP), Federal Policing")
        if not name or not _TABLE_BODY.fullmatch(name) or lookup_country(name) or lookup_demonym(name) \
                or name.lower() in lex.calendar_words or name.lower() in ("total", "others", "other"):
            return
        a = cell.start + cell.text.index(name)
        b = a + len(name)
        words = self._split(text, a, b)
        if not words or not words[-1].capitalised or not all(
                w.capitalised or w.lower in lex.connectors or w.lower in _SMALL_WORDS_IN_NAMES for w in words):
            return  # (a kind of body, not a name: "Partner NGO shelters", "As an individual"; but "Brick by Brick
            # Collective")
        org = org_from_run(words, text, lex, sentence_initial=False, is_title=self.people.titles_at)
        if org is not None and org.start == a and org.end == b:
            cands.append(self._org_cand(org, "org_table", 2))
            return
        idx = self.by_acronym.get(name, self.by_key.get(exact_key(name)))
        if idx is not None:
            cands.append(self._gazetteer_cand(idx, a, b, "org_table"))
        elif len(words) >= 2:
            # (a portfolio and its country's name is the state's: "Public Safety Canada", "Statistics Norway"; not
            # an NGO's branch, "Women's Link Moldova")
            if lookup_country(words[-1].text) is not None and all(w.lower in lex.portfolio_words or w.lower == "and"
                                                                    for w in words[:-1]):
                kind = "government"
            cands.append(Cand(a, b, f"org:{org_key(name)}", " ".join(name.split()), kind, "org_table", 3))

    def _outlet(self, text: str, a: int, b: int, cands: list[Cand], rule: str = "byline_credit") -> None:
        """The outlet text[a:b] a byline names: the gazetteer's when it knows the name, else a new media actor."""
        name = text[a:b]
        if "@" in name:
            return  # a reporter's e-mail address in the byline's bracket: "By Park Min-seo (minseo@heraldcorp.com)"
        idx = self.by_acronym.get(name, self.by_key.get(exact_key(name)))
        if idx is not None:
            cands.append(self._gazetteer_cand(idx, a, b, rule))
        elif lookup_country(name) is None and not _PLACE_WORDS.search(name):
            cands.append(Cand(a, b, f"org:{org_key(name)}", name, "media", rule, 2))

    def _all_name(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] is a person's name word for word (no keyword, country, nationality or day)."""
        words = self._split(text, a, b)
        return bool(words) and name_after(words, 0, self.people, self.lex) == len(words) \
            and not any(self.lex.keyword_at(words, i) or lookup_country(w.text) or lookup_demonym(w.text)
                        or w.lower in self.lex.leading_stop or w.lower in self.lex.calendar_words
                        for i, w in enumerate(words))

    def _all_capitals_name(self, words: Sequence[Word]) -> bool:
        """Whether a credit in capitals is a person's name ("PHOTO/ RUTH AKELLO", "Picture by MUTALE KANGWA"):
        letters only, and no word a keyword, a country, a nationality or an acronym the gazetteer knows."""
        return all(w.text.isupper() and w.text.replace("-", "").isalpha() for w in words) \
            and not any(self.lex.keyword_at(words, i) or lookup_country(w.text) or lookup_demonym(w.text)
                        or w.text in self.by_acronym or w.lower in self.lex.leading_stop for i, w in enumerate(words))

    def _names_paper(self, name: str) -> bool:
        """Whether a byline's tail names its outlet rather than a place ("| Kete-Krachi"): a name with
        "The", a newspaper's word or capitals inside ("FrontPageAfrica"), and no role in it."""
        words = name.split()
        if any(w.lower() in self.lex.role_nouns for w in words) or lookup_country(name) or _PLACE_WORDS.search(name):
            return False
        return words[0] == "The" or words[-1].lower() in self.lex.paper_heads \
            or (len(words) == 1 and re.search(r"[a-z][A-Z]", name) is not None)  # (not a place, "Kete-Krachi")

    def _credited(self, text: str, a: int, b: int, role: str, cands: list[Cand]) -> None:
        """One person for each name of text[a:b] ("Kate Sullivan and Jon Abel"; "Liz Tan in Kuala Lumpur and
        Panu Wongsa in Bangkok": the places are no names)."""
        places = [(p.start(), p.end()) for p in _CREDIT_PLACE.finditer(text, a, b)]
        for name in _CREDIT_NAME.finditer(text, a, b):
            if any(ps <= name.start() < pe for ps, pe in places):
                continue
            words = self._split(text, name.start(), name.end())
            if 2 <= len(words) <= 4 and all(w.capitalised or w.lower in NAME_PARTICLES for w in words) \
                    and not any(w.lower in self.people.not_name for w in words) \
                    and words[-1].lower not in self.lex.role_nouns:  # "By Staff Reporter", ", KXHT Digital Producer"
                cands.append(_person(words, "person_credit", 2, role, None, 1))

    def _speaker(self, text: str, name_words: Sequence[Word], cands: list[Cand]) -> None:
        """A person named after a speech verb, with the apposition that may follow the name (not an operation or a
        project a verb like "reflects" names: "largely reflects Operation Kestrel")."""
        if name_words[0].lower in _NAMED_UNDERTAKINGS:
            return
        after = text[name_words[-1].end:name_words[-1].end + 300]
        app = apposition(after, self.lex, before_verb=False)
        affiliation = (app.affiliation if app else None) or affiliation_after(after, self.lex)
        cands.append(_person(name_words, "person_speech", 1, app.role if app else None, affiliation, 3))

    def _names_of_lone_surnames(self, text: str, accepted: list[Cand]) -> list[Cand]:
        """Full names no cue marked, where the text names the person by surname alone elsewhere: "Tendai Moyo runs
        a shelter ... Moyo said", "... run by Tendai Moyo. Ms Moyo added" (the surname is the evidence; the full
        name is where it is written whole)."""
        pw, lex = self.people, self.lex
        lone = {c.name for c in accepted if c.kind == "person" and " " not in c.name and c.name[:1].isupper()}
        occupied = _occupied(accepted, len(text))

        def alone(left: list[Word]) -> bool:  # no capitalised word right before the last (the end of a longer name)
            return len(left) < 2 or not (left[-2].capitalised and plain_gap(text, left[-2], left[-1]))

        for m in self.speech_re.finditer(text):  # "Moyo said" (a single word: the rules above want two)
            left = self._split(text, max(0, m.start() - 40), m.start())
            if left and plain_gap(text, left[-1], Word(m.start(), m.end(), m.group())) and left[-1].capitalised \
                    and not occupied[left[-1].start] and not (len(left) > 1 and left[-2].lower in lex.place_prepositions) \
                    and alone(left) and self._all_name(text, left[-1].start, left[-1].end):
                lone.add(left[-1].text)
        for m in _LONE_WORD_AGED.finditer(text):  # "Moyo, 41, said"
            left = self._split(text, max(0, m.start() - 40), m.end())
            if left and left[-1].start == m.start() and not occupied[m.start()] and alone(left) \
                    and self._all_name(text, m.start(), m.end()):
                lone.add(m.group())
        whole = {c.name.split()[-1] for c in accepted if c.kind == "person" and " " in c.name}
        out: list[Cand] = []
        for surname in lone - whole:
            for m in re.finditer(rf"(?<![\w'\u2019\-]){re.escape(surname)}(?![\w'\u2019\-])", text):
                left = self._split(text, max(0, m.start() - 80), m.end())
                if not left or left[-1].start != m.start():
                    continue
                k = name_before(left, len(left), pw, lex)
                if k >= 3 and left[-k - 1:-k] and left[-k - 1].lower in lex.place_prepositions:
                    k -= 1  # the seat, then the name: "IOM head of office in Lusaka Gloria Nambeye"
                while k > 2 and left[-k].lower.endswith("s") and (left[-k].lower[:-1],) in pw.titles:
                    k -= 1  # a title in the plural the name rule read as a name: "Justices Arvind Kumar Sinha"
                words = left[-k:] if k else []
                if 2 <= k <= 4 and not (left[-k - 1:-k] and left[-k - 1].lower in lex.place_prepositions) \
                        and "\n" not in text[words[0].start:words[-1].end] and not any(occupied[words[0].start:words[-1].end]) \
                        and not _NAME_AFTER.match(text, words[-1].end) \
                        and not _preceded_by_title(left, len(left) - k, pw) \
                        and self._all_name(text, words[0].start, words[-1].end):
                    out.append(_person(words, "person_full_name", 1))
        return out

    def _later_mentions(self, text: str, accepted: list[Cand], acr_keys: dict[str, Cand]) -> list[Cand]:
        """Bare acronyms defined in the text, and later full names and surnames of people already found."""
        refs: dict[str, tuple[Cand, str]] = {acronym: (ref, "acronym_mention") for acronym, ref in acr_keys.items()}
        people: dict[str, Cand] = {}
        for c in accepted:
            if c.kind == "person":
                people.setdefault(c.key, c)
        surnames: dict[str, Cand | None] = {}
        for c in people.values():
            refs[c.name] = (c, "person_name")
            parts = c.name.split()
            if len(parts) == 1 and _GLUED_INITIAL_NAME.fullmatch(c.name):
                parts = c.name.split(".")  # "D.Enkhbold" is later "Enkhbold"
            if len(parts) >= 2 and not parts[-1].endswith("."):
                surnames[parts[-1]] = None if parts[-1] in surnames else c  # two people, one surname: neither
        for surname, c in surnames.items():
            if c is not None and surname not in refs:
                refs[surname] = (c, "person_surname")
        for c in accepted:
            if c.kind == "ngo" and (short := self._name_after_opener(c.name)) is not None:
                refs.setdefault(short, (c, "org_short_name"))
        if not refs:
            return accepted
        taken = {(c.start, c.end) for c in accepted}
        first_seen: dict[str, int] = {}
        for c in accepted:
            first_seen[c.key] = min(first_seen.get(c.key, c.start), c.start)
        extra: list[Cand] = []
        for ms, me, found in find_whole(text, refs):
            if (ms, me) in taken:
                continue
            ref, rule = refs[found]
            if rule in ("person_surname", "person_name") and (
                    ms < first_seen.get(ref.key, 0) and rule == "person_surname"
                    or _next_to_name(text, ms, me)):
                continue  # "Sok" inside another name ("By Sok Chanthy"), or before the full name
            extra.append(Cand(ms, me, ref.key, ref.name, ref.kind, rule, 0, ref.country))
        return [*accepted, *extra]

    def _name_after_opener(self, name: str) -> str | None:
        """The words after the kind a body's name opens with, which the text may use alone: "Ariadna" of "Public
        Association Ariadna", "Luna Nueva" of "Fundación Luna Nueva"; None when the name has no such opener or what
        follows it is no name of its own (a link word, a lower-case word)."""
        words = name.split()
        for n in (2, 1):
            kw = self.lex.keywords.get(tuple(w.lower() for w in words[:n]))
            if kw is not None and kw.opener and not kw.head and kw.kind == "ngo":
                rest = words[n:]
                if 1 <= len(rest) <= 3 and all(w[:1].isupper() and w.lower() not in self.lex.connectors for w in rest):
                    return " ".join(rest)
                return None
        return None

    def _anaphora(self, doc: Doc, text: str, headings: list[tuple[int, str]], accepted: list[Cand]) -> list[Cand]:
        """"the government" inside a TIP narrative: a mention of that country's government (not an alias);
        in a story, "the Government" capitalised, as the press of the Commonwealth writes its own."""
        if doc_meta(doc).get("kind") != "tip_report" and not headings:
            placed = Counter((sp._.ctip or {}).get("country_code") for sp in doc.spans.get("ctip_tier_statements", []))
            placed.pop(None, None)
            return self._capitalised_government(text, accepted, placed)
        occupied = _occupied(accepted, len(text))
        out = []
        for m in _THE_GOVERNMENT.finditer(text):
            s = m.start() + 4
            while text[s] in " \t":
                s += 1
            if any(occupied[s:m.end()]):
                continue
            code = _narrative_country(doc, m.start(), headings)
            country = country_by_code(code) if code else None
            if country is None:
                continue
            out.append(Cand(s, m.end(), f"gov:{country.alpha3}", government_name(country), "government",
                            "government_anaphor", 0, country.alpha3, alias=False))
        return out

    @staticmethod
    def _capitalised_government(text: str, accepted: list[Cand], placed: Counter) -> list[Cand]:
        """"the Government had convicted ...": when a story capitalises the word, the government of its own
        country, the one its tier statements place most, else the one it names most (at least twice, twice as
        often as any other)."""
        found = [m for m in _THE_GOVERNMENT.finditer(text) if text[m.end() - 10] == "G"]
        if "Government" in text:
            found += _BARE_GOVERNMENT.finditer(text)  # (its lookahead keeps out "Government officials")
            found.sort(key=lambda m: m.start())
        if not found:
            return []
        named = Counter(m.country.alpha3 for m in find_country_mentions(text, demonyms=True))
        if placed:  # (one statement is enough to place the story; a tie goes to the country named more)
            ranked = sorted(placed, key=lambda c: (placed[c], named[c]), reverse=True)
            ranked = [(ranked[0], 2)] if len(ranked) == 1 or (placed[ranked[0]], named[ranked[0]]) \
                > (placed[ranked[1]], named[ranked[1]]) else []
        else:
            ranked = named.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return []
        country = country_by_code(ranked[0][0])
        if country is None:
            return []
        occupied = _occupied(accepted, len(text))
        out = []
        for m in found:
            s = m.end() - 10
            if not any(occupied[s:m.end()]):
                out.append(Cand(s, m.end(), f"gov:{country.alpha3}", government_name(country), "government",
                                "government_capitalised", 0, country.alpha3))
        return out

    # ------------------------------------------------------------ output
    @staticmethod
    def _narrative_headings(doc: Doc, headings: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The headings that open a narrative "the government" can refer to: all of them in a TIP
        Report; elsewhere only heading lines, for a news story's sentences about several countries'
        placements do not make "the government" one of theirs."""
        if doc_meta(doc).get("kind") == "tip_report":
            return headings
        lines = {sp.start_char for sp in doc.spans.get("ctip_tier_statements", [])
                 if (sp._.ctip or {}).get("rule") in _HEADING_RULES}
        return [(start, code) for start, code in headings if start in lines]

    def _tip_headings(self, doc: Doc, text: str) -> list[tuple[int, str]]:
        out = []
        for span in doc.spans.get("ctip_tier_statements", []) if "ctip_tier_statements" in doc.spans else []:
            code = (span._.ctip or {}).get("country_code")
            if code:
                out.append((span.start_char, code))
        if not out and doc_meta(doc).get("kind") == "tip_report":
            for m in _TIP_HEADING.finditer(text):
                country = lookup_country(m.group(1))
                if country is not None:
                    out.append((m.start(), country.alpha3))
        out.sort()
        return out

    def _spans(self, doc: Doc, text: str, accepted: list[Cand], headings: list[tuple[int, str]]) -> list[Span]:
        """Spans for the mentions; a mention inside a larger token ("(MIA)-run") gives only an alias."""
        groups: dict[str, list[Cand]] = {}
        for c in sorted(accepted, key=lambda c: c.start):
            groups.setdefault(c.key, []).append(c)
        spans = []
        # spaCy keeps a span's extension values by its character offsets alone, so an actor span on the very
        # words of a date span would overwrite the date's fields ("in February, the company's ...")
        held = {(sp.start_char, sp.end_char) for group_key, group in doc.spans.items() if group_key != KEY for sp in group}
        for key, group in groups.items():
            group = [c for c in group if (c.start, c.end) not in held]
            if not group or all(c.short for c in group):
                continue
            name, kind, country, role, affiliation = _canonical(key, group)
            if kind not in ACTOR_KINDS:
                continue
            if country is None and kind == "government" and not key.startswith("gaz:"):
                country = _narrative_country(doc, group[0].start, headings)
            placed: list[tuple[Cand, Span]] = []
            aliases: list[str] = []
            for c in group:
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is None:
                    continue
                s_start, s_end = span.start_char, span.end_char
                if not text[s_start:s_end].strip():  # span.text
                    continue
                if s_start != c.start or s_end != c.end:
                    if c.alias and text[c.start:c.end] not in aliases:
                        aliases.append(text[c.start:c.end])
                    continue
                placed.append((c, span))
            for c, span in placed:
                fields = {"actor_id": key, "name": name, "actor_kind": kind, "country": country, "rule": c.rule}
                if aliases:
                    fields["aliases"] = list(aliases)
                if kind == "person":
                    fields["role"] = role
                    fields["affiliation"] = affiliation
                if not c.alias:
                    fields["alias"] = False
                span._.ctip = fields
                spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        return spans


# ---------------------------------------------------------------- helpers

def _words_text(words: Sequence[Word]) -> str:
    out = [words[0].text]
    for prev, w in zip(words, words[1:]):
        out.append(("'s " if prev.possessive else " ") + w.text)
    return "".join(out)


def _ending_at(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, width: int
               ) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """(match of `pattern`, match of `anchor`) where `pattern` (ending in \\Z) matches the `width` characters
    right before an anchor: the rare anchor is found first, and the costly pattern only runs in front of it."""
    for a in anchor.finditer(text):
        m = pattern.search(text, max(0, a.start() - width), a.start())
        if m is not None:
            yield m, a


# capitalised words and what joins them, as a title, to the body after: "State Secretary at the ", "Head of the "
# (or a role noun in small letters: "a spokesman for the ")
_TITLE_LINK_BEFORE = re.compile(r"(?<![\w'’.\-])(?:[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}|[a-z]+)"
                                r"(?P<link>[ \t]+(?:at|of|in|for)(?:[ \t]+the)?[ \t]+)$")
# a comma may stand between a speaker's name and the verb
_SPEECH_GAP = re.compile(r",?[ \t]*")


def _role_noun_start(words: Sequence[Word], ends: Sequence[int], lex: ActorWords) -> int | None:
    """Where a role in lower case opens that ends at one of `ends` in `words`, after an article or an owner, with
    the nationalities and rank words before it: 2 in "The Bolivian consul" (None when none does)."""
    for top in ends:
        k = top - 1
        if k < 1 or words[k].capitalised or words[k].lower not in lex.role_nouns:
            continue
        while k > 0 and ((words[k - 1].capitalised and lookup_demonym(words[k - 1].text) is not None)
                         or (not words[k - 1].capitalised and words[k - 1].lower in lex.role_modifiers)):
            k -= 1
        if k > 0 and (words[k - 1].lower in ARTICLES or words[k - 1].possessive):
            return k
    return None


def _after_title(text: str, prev: list[Word], run: list[Word], pw: PeopleWords) -> list[Word]:
    """`run` without the end of a title the run before it opened: after "The Chief", "Mission of the
    International Organization for Migration" is the organisation of "Chief of Mission"."""
    gap = text[prev[-1].end:run[0].start]
    if gap != " of ":
        return run
    joined = [*prev, Word(prev[-1].end + 1, run[0].start - 1, "of"), *run]
    for i in range(len(prev)):
        cut = i + pw.titles_at(joined, i) - len(prev) - 1
        if cut > 0:
            rest = run[cut:]
            return rest[1:] if rest and rest[0].lower == "of" else rest
    return run


def _owned_by_country(org: OrgName, text: str) -> OrgName:
    """A body after a country's possessive, "Indonesia's Foreign Ministry": its mention starts at the
    country, which the body takes (the name stays the body's own)."""
    if org.country is not None or org.government_of or org.start < 4 or text[org.start - 1] not in " \t":
        return org
    m = _COUNTRY_OWNER.search(text, max(0, org.start - 48), org.start)
    if m is None:
        return org
    # the owner may end a list: "with Europol and Paraguay's National Police" (but "Trinidad and Tobago's")
    start, country = m.start("country"), None
    for part in re.finditer(r"[A-Z]", m["country"]):
        at = m.start("country") + part.start()
        if at == m.start("country") or text[at - 1] in " \t":
            country = lookup_country(text[at:m.end("country")])
            if country is not None:
                start = at
                break
    if country is None:
        return org
    if start > m.start("country") and not re.search(r"(?:\band|,)[ \t]+$", text[m.start("country"):start]):
        return org  # the owner is a body named with the country: "Police Scotland's National Human Trafficking Unit"
    return replace(org, start=start, surface=text[start:org.end], country=country.alpha3)


def _person(name_words: Sequence[Word], rule: str, prio: int, role: str | None = None,
            affiliation: str | None = None, role_weight: int = 2) -> Cand:
    name = _words_text(name_words)
    return Cand(name_words[0].start, name_words[-1].end, f"person:{name.lower()}", name, "person", rule, prio,
                role=role, affiliation=affiliation, role_weight=role_weight if role else 0)


_BRACKET_NAME = rf"[{NAME_CAPITALS}][\w'’\-]+(?:[ \t]+[{NAME_CAPITALS}][\w'’\-]+){{1,3}}"
# one or two names, then the body they work for in brackets: "Amara Okonkwo and Luis Pereira (Survivor Voices Collective)"
_NAMES_THEN_BODY = re.compile(rf"(?<![\w'’\-])(?P<first>{_BRACKET_NAME})(?:[ \t]+and[ \t]+(?P<second>{_BRACKET_NAME}))?"
                              r"[ \t]+\((?P<body>[A-Z][^()\n]{2,80})\)")
_NOT_BEFORE_A_MEMBER = re.compile(r"\b(?:the|for|of|on|to|in|at|[Tt]he)[ \t]+$|[A-Za-z]-$")
# a criminal case's title and the accused it names: "People v. D. Alcaraz et al." (the Philippines' form),
# "Republic v. Hassan Omari & 2 others" (Kenya's), "State v. ..."
# (a heading may go on with the court after a dash: "People v. Marlon Quiñones — RTC Branch 7")
_CASE_TITLE = re.compile(r"\b(?:People|Republic|State|Regina|Rex)[ \t]+vs?\.?[ \t]+(?P<names>[A-Z][^|\n*,;&\u2014\u2013]{2,80}?)"
                         r"(?:[ \t]+et[ \t]+al\.?|[ \t]*(?:&|and)[ \t]+(?:another|\d{1,2}[ \t]+others))?"
                         r"(?=[ \t]*(?:[*|\n,;\u2014\u2013]|-[ \t]|$))")
# a full name, then "of (the)" right before a body: "with Gareth Lowe of the Hallamford Business Network"
_NAME_OF_BODY = re.compile(rf"(?<![\w'\u2019.\-])(?P<name>[{NAME_CAPITALS}][\w'\u2019\-]+(?:[ \t]+[{NAME_CAPITALS}][\w'\u2019\-]+){{1,2}})"
                           r"[ \t]+of[ \t]+"
                           r"(?:the[ \t]+(?:[\w'\u2019]+-based[ \t]+)?(?:(?:charity|NGO|non-?profit|campaign[ \t]+group|rights[ \t]+group|"
                           r"group|organi[sz]ation)[ \t]+)?)?$")  # ("of the Belfast-based charity Flourish NI")
# a journalist credited at a story's end, with the outlet they work for: "WBKT's Kevin Ortiz contributed to this report."
_CONTRIBUTED = re.compile(r"(?<![\w.])(?:(?P<outlet>[A-Z][\w&\-]*)['\u2019]s[ \t]+)?(?P<name>[A-Z][a-z'\u2019\-]+(?:[ \t]+[A-Z][a-z'\u2019\-]+){1,3})"
                          r"[ \t]+contributed[ \t]+(?:to[ \t]+this[ \t]+(?:report|story|article)|reporting)\b")
_SMALL_WORD_END = re.compile(r"\s(?:on|via|by|at)\s*$")  # "... Arabic on " before a long form
# one capitalised word, then an age: "Moyo, 41," (a surname the text may write whole elsewhere)
_LONE_WORD_AGED = re.compile(r"(?<![\w'\u2019\-])[A-Z][\w'\u2019\-]+(?=,[ \t]+(?:an?[ \t]+)?\d{1,2}(?:-year-old\b|,))")
_AGE_BETWEEN_COMMAS = re.compile(r", [1-9]\d, an? |\*, [1-9]|[Ww]hen [A-Z][a-z]+, [1-9]")  # (a cheap test before the scan below)
# a given name alone opening a sentence, then an age: "Oksana, a 34-year-old Ukrainian who ..."
# (or after "One of them, ", and a name starred as changed may be followed by its age alone: "Rukhsana*, 15, from")
_GIVEN_NAME_AGED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d]\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bthem,\s)"
                              r"|(?P<when>(?<=\bWhen\s)|(?<=\bwhen\s)))"
                              r"(?P<name>[A-Z][a-z]{2,})(?:[ \t]*,[ \t]+(?:an?[ \t]+[1-9]\d?-year-old\b|[1-9]\d,[ \t]+an?[ \t])"
                              r"|\*,[ \t]+[1-9]\d?,|(?(when),[ \t]+[1-9]\d,[ \t]+[a-z]|(?!)))", re.MULTILINE)
# an age right after a name: ", a 33-year-old", ", 19,"
_AGED_APPOSITION = re.compile(r",[ \t]+(?:an?[ \t]+)?\d{1,2}-year-old\b|,[ \t]+\d{1,2},")
# "in" right before a capitalised name: a place
_PLACE_BEFORE_NAME = re.compile(r"\bin[ \t]+$")
# a nickname in quotes inside a name: 'Xiuying "Linda" Zhao', 'Kofi “Junior” Mensah Boateng'
_ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "saint", "st", "st."})  # ... that name towns too
_WHERE_WORDS = frozenset({"in", "outside", "near", "at", "around", "inside", "within", "throughout", "across"})
_NICKNAMED = re.compile(r"(?<![\w'’\-])(?P<given>[A-Z][\w'’\-]+)[ \t]+(?:[\"\u201c][A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?"
                        r"[\"\u201d]|['\u2018][A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?['\u2019])[ \t]+(?P<surname>(?:(?:van|von|de|der|den|da|di|del|du|dos|la|le)[ \t]+){0,2}"
                        r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)")  # (particles too: 'Jacobus "Koos" van der Merwe')
# a list item: a bullet or number at a line's start, a name and a place in brackets ("- Nadia Haddad (Lebanon),")
_LISTED_NAME = re.compile(r"(?m)^[ \t]*(?:[-\u2013\u2022*\u00b7]|\d{1,2}[.)])[ \t]+(?P<name>[A-Z][^()\n,;]{2,60}?)[ \t]+"
                          r"\((?P<place>[A-Z][A-Za-z .'\-]{1,40})\)")
# a name's first word may be the Filipino "Ma." (María): "By Ma. Celestina Robles"
_CREDIT_NAME = re.compile(rf"(?:Ma\.|[{NAME_CAPITALS}][\w'’\-]+)(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")[ \t]+)*"
                          rf"(?:[A-Z]\.[ \t]+)?[{NAME_CAPITALS}][\w'’\-]+){{1,3}}")  # (an initial inside: "Siatta G. Wreh";
# capitals beyond ASCII: "Jurgita Čeponytė")
_NAMES = rf"(?:(?:Dr|Prof|Assoc|Asst|Mr|Mrs|Ms)\.?[ \t]+)*(?:Ma\.|[{NAME_CAPITALS}][\w'’\-]+)(?:[ \t]+(?:[A-Z]\.|[\w'’\-]+)){{1,4}}?(?:(?:,[ \t]*|[ \t]+and[ \t]+)[A-Z][\w'’\-]+(?:[ \t]+(?:[A-Z]\.|[\w'’\-]+)){{1,4}}?)*"
# "By Ifeoma Nwachukwu" alone on a line, near the top of a story (optionally ", Reuters" or "| Staff")
# (a column's or outlet's name may come first, set off by a dot or a bar: "**Ukweli Check** · By Wanjiru Kamau · Nairobi")
_BYLINE = re.compile(rf"(?m)^[ \t]*(?:[^\n\u00b7|]{{1,60}}[ \t][\u00b7|][ \t]+)?(?:[Bb]y:?|BY:?|Authors?:|Written[ \t]+by|Reporter:)"
                     rf"[ \t]+(?P<names>{_NAMES})[ \t]*"
                     r"(?:\((?P<outlet>[^()\n]{2,40})\)[ \t]*|(?P<tail>[,|\u00b7][^\n]{0,80})"
                     # a link after the name, or the reporter's job: "By Neema Mwakalinga More by this Author", "By RAHUL
                     # MENON Senior Reporter"
                     r"|More[ \t]+(?:by|from)[ \t]+this[ \t]+[Aa]uthor[ \t]*"
                     r"|(?:(?:Senior|Chief|Staff|Court|Crime|Political|Business|Special)[ \t]+)?(?:Reporter|Correspondent|Writer)[ \t]*"
                     # the date set apart by spaces: "By Thanh Nga   October 12, 2023 | 04:18 am PT"
                     r"|(?<=[ \t][ \t])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)[^\n]{0,80}"
                     # or by one space, the day first: "By Sanne de Wit 8 February 2024, 16:12 Updated 17:40"
                     r"|(?<=[a-z][ \t])\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?:19|20)\d\d\b[^\n]{0,60})?$"
                     rf"|^[ \t]*by[ \t]+(?P<small>{_NAMES})[ \t]*$")  # "by Kenji Matsuda" alone on its line
# a name and the outlet on a line of their own: "Rajesh Ranjan | TNN", "Kate Arsenault · CBC News · Posted: ...",
# "Dewi Anggraini (The Jakarta Post)"
# a name in capitals alone on the line under the headline (a blank line between or not): "HILMA NANGOLO",
# "MARIE-CLAUDE FORTIN"
_CAPS_BYLINE = re.compile(r"[^\n]{10,200}\n(?:[ \t]*\n)?(?:[^\n]{20,300}\n[ \t]*\n)?"  # (maybe under a standfirst)
                          r"[ \t]*(?P<names>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,2})[ \t]*(?:\n|\Z)")
# a name and the outlet after a slash, alone on their line: "Sok Chanmony / Khmer Times"
_BYLINE_SLASH_OUTLET = re.compile(r"^[ \t]*(?P<names>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})[ \t]*/[ \t]*"
                                  r"(?P<outlet>[A-Z][^\n/]{1,40}?)[ \t]*$", re.M)
# a name alone on its line above the outlet's name alone on the next: "Sekar Ayuningtyas\nThe Jakarta Post"
_BYLINE_OVER_OUTLET = re.compile(r"^[ \t]*(?P<names>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})[ \t]*\n"
                                 r"[ \t]*(?P<outlet>[A-Z][^\n]{1,40}?)[ \t]*$", re.M)
# a name alone on its line (or with the reporter's beat) above a line opening with the date: "Radka Hudecová\n9. Mar
# 2023 at 14:25", "Jamie Whitlock Home affairs correspondent\nFri 8 Mar 2024 06.00 GMT"
_BYLINE_OVER_DATE = re.compile(r"^[ \t]*(?P<names>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}?)"
                               r"(?:[ \t]+(?P<beat>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+"
                               r"(?:correspondent|reporter|editor|writer)))?[ \t]*\n[ \t]*"
                               r"(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:\d{1,2}\.?[ \t]+)?"
                               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
                               r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]*$)", re.M)  # (or all in figures: "09/14/2021")
# a name and the reporter's job on the line, maybe with the outlet or beat between: "Fernanda Lopes - Agência Brasil
# reporter", "Aroha Whaanga, Hawke's Bay reporter", "Mereani Tuiloma Senior Journalist"
_BYLINE_JOB = re.compile(r"^[ \t]*(?P<names>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}?)[ \t]*(?:[,|\-\u2013][ \t]*)?"
                         r"(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,3}[ \t]+)??(?:(?:[Ss]enior|[Cc]hief|[Ss]taff)[ \t]+)?"
                         r"(?:[A-Z][a-z]+[ \t]+and[ \t]+[a-z]+[ \t]+)?"  # ("Court and crime reporter")
                         r"(?:[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Ww]riter)[ \t]*$", re.M)
# a name and the outlet before the page's time stamp: "Katrina Dizon, KNN News Posted at Aug 29 2023 04:15 PM"
_BYLINE_COMMA_OUTLET = re.compile(rf"(?m)^[ \t]*(?P<names>{_CREDIT_NAME.pattern}),[ \t]*(?P<agency>[A-Z][\w'\u2019\-]*"
                                  r"(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})[ \t]+(?:Posted|Published|Updated)\b[^\n]*$")
_BYLINE_AGENCY = re.compile(rf"(?m)^[ \t]*(?P<names>{_NAMES})[ \t]*(?:[|·•][ \t]*(?P<agency>[^|·•()\n]{{2,40}}?)[ \t]*"
                            r"(?:[|·•][^\n]*)?|\((?P<paren>[^()\n]{2,40})\)(?:[ \t]*[|·•][^\n]*)?)[ \t]*$")
_TOLD_PAPER = re.compile(r"\btold[ \t]+(?P<agency>The[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})"
                         r"(?=[ \t]*[.,;]|[ \t]+(?:on|in|last|this|after|when|yesterday|today|that|she|he|they|it|we)\b)")
# a paper that reports itself: "The Ayeyarwady Dispatch spoke to five of the workers", "... , The Cambodia Chronicle has
# learned"
_PAPER_AS_SUBJECT = re.compile(r"(?P<paper>The[ \t]+(?:[A-Z][\w'’\-]+[ \t]+){1,3}(?P<head>[A-Z][a-z]+))[ \t]+"
                               r"(?:spoke|speaks|has[ \t]+learned|has[ \t]+learnt|learned|reported|obtained|reviewed|"
                               r"contacted|interviewed|visited|has[ \t]+seen|understands)\b")
# a byline's tail that may be the outlet: ", FrontPageAfrica", "| The Peninsula"
_BYLINE_DATE = re.compile(r",[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d")
_BYLINE_OUTLET = re.compile(r"[,|][ \t]*(?P<outlet>(?:The[ \t]+)?[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})[ \t]*")
# a newspaper spoken to, its name ending in a newspaper's word: "told the Daily Graphic", "Speaking to Awoko"
_SPOKEN_TO = re.compile(r"\b(?:told|[Ss]peaking[ \t]+to|[Bb]riefing|briefed|[Ii]nterviewed[ \t]+by|shared[ \t]+with|(?:sent|seen|obtained)[ \t]+by"
                        r"|[Aa]ccording[ \t]+to)[ \t]+(?:the[ \t]+)?"
                        r"(?P<paper>(?:[0-9]{1,2}(?=[A-Z][a-z]))?[A-Z][\w'\u2019\-]*(?:[ \t]+(?:from[ \t]+)?[A-Z][\w'\u2019\-]*){0,3})"
                        r"(?=[ \t]*[.,;\"\u201d]|[ \t]+(?:on|in|that|after|last|this|at|under|through|show|showed|shows|over|by|via"
                        r"|during|when|earlier|yesterday|today|recently|they|he|she|we|from|about|while)\b"
                        r"|[ \t]+[a-z]+ed\b)")  # (or a verb of the clause it closes: "Returnees interviewed by the Siam
                        # Chronicle described ...")
# a brand's one word with a capital inside, spoken to: "told QazWire", "speaking to BenarNews" (not "according to PhilHealth")
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+|[0-9]{1,2}[A-Z][a-z]+")  # (a channel's "10News")
_TOLD_WORDS = ("told", "speaking to", "interviewed by")
# a text about the European Union, and its institutions named by their kind alone
_NAMES_THE_EU = re.compile(r"\bEuropean[ \t]+(?:Union|Parliament|Commission)\b|\bEU\b|\bMember[ \t]+States\b")
_EU_INSTITUTION = re.compile(r"\b[Tt]he[ \t]+(?P<kind>Commission|Council)(?![ \t]+(?:on|for|to|against|in)\b)"
                             r"(?![ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])(?![ \t]*[A-Z(])")
_OTHER_BODY_OF_KIND = {kind: re.compile(rf"\b(?!(?:European|EU|The|This|That|A)\b)[A-Z][\w'\u2019\-]*[ \t]+{kind}\b"
                                        rf"|\b{kind}[ \t]+(?:of|on|for)[ \t]+(?!the[ \t]+(?:European[ \t]+Union|EU)\b)[A-Z]")
                       for kind in ("Commission", "Council")}
# a legislature by its kind, neither after nor before another capitalised word ("European Parliament", "Congress Party")
_LEGISLATURE = re.compile(r"(?:Parliament|Congress|Senate|National[ \t]+Assembly|Legislature)(?![\w'\u2019-])(?![ \t]+[A-Z])")
# a news agency named before the words: "told Fena news agency", "the Anadolu news agency"
_NAMED_NEWS_AGENCY = re.compile(r"(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){0,2})[ \t]+news[ \t]+agency\b")
_PLACE_WORDS = re.compile(r"\b(?:[Cc]ity|[Pp]rovince|[Ss]tate|[Cc]ounty)\b")  # "(Quezon City)": where, not who
_BYLINE_ZONE = 600  # bylines stand near the top of a story
# a release's contact line, the office first: "UNHCR: In Geneva, Lucia Marchetti, +41 79 217 3391"
_ORG_CONTACT_LINE = re.compile(r"(?m)^[ \t]*(?:(?P<org>[A-Z][\w&.'\u2019\- ]{1,40}?):[ \t]*(?:In[ \t]+[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+)?,[ \t]*)?"
                               r"|In[ \t]+[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+)?,[ \t]*)"  # (or the place alone: "In Niamey, ...")
                               r"(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3}),[ \t]*\+?\(?\d")
# a story's closing credit on a line of its own: "\u2014Katrina Mendoza/RSJ, Balita Network News"
_SIGN_OFF = re.compile(r"(?m)^[ \t]*(?:\u2014|--)[ \t]*(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3})"
                       r"(?:/[A-Z]{2,5})?(?:,[ \t]*[A-Z][^\n]{1,60})?[ \t]*$")
# a press release's contact line: a name, the office, then a telephone or e-mail label
_CONTACT_LINE = re.compile(r"(?m)^[ \t]*(?:[-\u2022*][ \t]*)?(?:In[ \t]+[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)?[,:][ \t]+)?"
                           r"(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019.\-]*){1,3})(?:,|[ \t]+at)"
                           # (the number itself may come first: "Yasmin Abdelrahim, UNICEF Sudan, +249 912 177 380, ..."; the
                           # office may be left out, and the city come first: "In Lima, Tomás Quispe Arana, quispet@unhcr.org")
                           r"[ \t]*(?:(?P<org>[^\n]{2,80}?),[ \t]*)?(?:(?:Tel|Phone|Mobile|Mob|Email|E-mail)\b|\+\d|[\w.\-]+@)")
# a person to contact, after "contact" or before an e-mail address: "please contact Lina Haddad at IOM Libya,",
# "contact: in Geneva, Liv Marchetti – liv.marchetti@un.org or Jeremy Osei-Tutu – jeremy@un.org"
_PERSON = r"[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,2}"
# a programme's list of speakers and its items, "Name, body or job;" ("Hon." or "Dr." may come first)
_SPEAKERS_LABEL = re.compile(r"(?im)(?:^|(?<=[.;]\s))[ \t*_]*(?:speakers?|panell?ists?|moderators?|presenters?|facilitators?|"
                             r"discussants?|keynote(?:[ \t]+speakers?)?|guests?|witnesses|chairs?)[*_]*[ \t]*:[*_]*[ \t]+")
_SPEAKER_ITEM = re.compile(r"(?P<name>(?:[A-Z][a-z]{1,3}\.[ \t]+)?[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,3}),"
                           r"[ \t]+(?P<rest>[^;\n]{2,120}?)(?:;[ \t]*(?:and[ \t]+)?|\.?[ \t]*$|\.[ \t]+(?=[A-Z]))", re.M)
_CONTACT_NAME = re.compile(rf"\bcontact(?::?[ \t]+|:[ \t]*\n[ \t]*)(?:in[ \t]+[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+)?,[ \t]*)?(?P<name>{_PERSON})"
                           r"(?:[ \t]+at[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][^,;\n]{1,50}?)(?=,|;|\.?$)|(?=,|[ \t]*[\u2013\u2014-][ \t]*[\w.\-]+@))"
                           rf"|\bor[ \t]+(?P<name2>{_PERSON})(?=[ \t]*[\u2013\u2014-][ \t]*[\w.\-]+@)"
                           # the name on a line of its own under "contact:", its role and office on the next:
                           # "please contact:\n\nPierre Lemaire\nCommunication Officer, UNODC Regional Office ..."
                           rf"|\b(?:contact:|[Cc]ontacts:?)[ \t]*\n[ \t\n]*(?P<name3>{_PERSON})[ \t]*\n"
                           r"(?:[^,\n]{2,60},[ \t]*(?P<org3>[A-Z][^,\n]{1,80}?)[ \t]*$)?", re.M)
# a spokesperson's or contact's line, the role then the name: "Spokesperson for the UN High Commissioner for
# Human Rights: Liv Marchetti"
_ROLE_COLON_NAME = re.compile(rf"^[ \t]*(?P<role>(?:Spokes(?:person|man|woman)|Media[ \t]+[Cc]ontact|Press[ \t]+[Oo]fficer"
                              rf"|MEDIA[ \t]+CONTACT)\b[^:\n]{{0,80}}):[ \t]*(?P<name>{_PERSON})"
                              r"(?=[ \t]*$|[ \t]+[A-Z][a-z]+:|,[ \t]*[+(\d])", re.M)
# (a single line break may have been joined: "... Liv Marchetti Location: Geneva")
# the body a person named between commas is of: " of (the) Legal Aid Bureau," closing the apposition
_OF_BODY_CLOSED = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<body>[A-Z][\w'\u2019\-]*(?:[ \t]+(?:of|for|and|the|on|[A-Z][\w'\u2019\-]*)){0,8})"
                             r"(?=[,;)])")
# a signature: a name alone on its line, its holder's title and body on the next
_NAMED_UNDERTAKINGS = frozenset({"operation", "project", "programme", "program", "campaign", "initiative"})
# a letter's closing right before its signer's name: "Yours sincerely,\n\n"
_LETTER_CLOSING = re.compile(r"(?i)(?:yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind|best|warm)[ \t]+regards|sincerely),?[ \t]*\n\s*\Z")
_SIGNATURE = re.compile(rf"^(?P<name>{_PERSON})[ \t]*\n(?P<role>[A-Z][^\n,]{{2,60}}?)(?:,[ \t]*(?P<org>[A-Z][^\n,]{{1,80}}?))?[ \t]*$",
                        re.M)
# a name, a role and a body on a line of their own, as minutes list those present: "Ruth Bellamy, Service Manager,
# City Hearts" (the role's last word must be a role noun)
_NAME_ROLE_BODY_LINE = re.compile(rf"^[ \t]*(?P<name>{_PERSON}),[ \t]+(?P<role>[A-Z][^,\n]{{2,60}}?),[ \t]+"
                                  r"(?P<org>[A-Z][^,\n;()@|]{1,80}?)[ \t]*$", re.M)
# a name and a job alone on a line, as a team's list writes them: "Hannah Frost, Research Fellow (0.8 FTE)",
# "Joseph Mensah, doctoral researcher" (the job's last word must be a role noun)
_NAME_ROLE_LINE = re.compile(rf"^[ \t]*(?P<name>{_PERSON}),[ \t]+(?P<role>[A-Za-z][\w'\u2019\- ]{{2,50}}?)[ \t]*"
                             r"(?:\([^()\n]{1,40}\))?[ \t]*$", re.M)
# a writer credited at the end of a line with no stop: "... a newsletter on labour exploitation by Daniel Oduya"
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# a work's credits in running text: "produced by Ifeoma Nwachukwu and edited by Ben Rosario"
_TASK_ROLES = {"produced": "producer", "edited": "editor", "hosted": "host", "presented": "presenter",
               "translated": "translator", "illustrated": "illustrator", "narrated": "narrator",
               # a credit's task as a noun: "Research by Samir Haddad. Theme music by Lena Okafor."
               "research": "researcher", "music": "composer", "photography": "photographer", "artwork": "artist",
               "mixed": "sound engineer",
               # the record of a parliament or a meeting: "Asked by Helen Marsh", "Chaired by Ruth Okoye"
               "asked": "questioner", "answered": "respondent", "tabled": "mover", "chaired": "chair",
               "moderated": "moderator", "seconded": "seconder", "signed": "signatory"}
_TASK_BY_NAME = re.compile(rf"\b(?P<task>(?i:{'|'.join(_TASK_ROLES)}))[ \t]+by[ \t]+(?P<name>{_CREDIT_NAME.pattern})")
_CREDITED_TASKS = frozenset({"picture", "pictures", "photo", "photos", "photograph", "photographs", "image", "images",
                             "edited", "editing", "illustration", "illustrations", "video", "graphic", "graphics",
                             "translated", "translation", "reporting", "compiled", "produced"})
_BY_AT_LINE_END = re.compile(rf" by[ \t]+(?P<name>{_PERSON})[ \t]*$", re.M)
# a byline closing a line near the top of a text: "A newsletter on scam compounds. By Sophie Tran-Walsh."
_BY_CLOSING_LINE = re.compile(rf"[.!?][ \t]+By[ \t]+(?P<name>{_PERSON})\.?[ \t]*$", re.M)
# who said a quote set apart (a pull quote, a block quote), after its closing mark and a dash, on the same line:
# '"... the truth was enough." — Jelena Marković, BATO legal analyst'
_QUOTE_ATTRIBUTION = re.compile(rf"[\"\u201d][ \t]*\n?[ \t]*(?:[\u2014\u2013]|--?)[ \t]*(?P<name>{_PERSON})"
                                r"(?:,[ \t]*(?P<role>[^\n.]{2,80}?))?[ \t]*\.?[ \t]*$", re.M)
# a byline with its timestamp or its role on the line: "Asif Chaudhry | Published July 12, 2023",
# "Published on 18/07/2024 - 14:05 By Camila Rezende - Reporter - Brasília"
_BYLINE_STAMPED = re.compile(rf"(?m)^[ \t]*(?P<names>{_NAMES})[ \t]*[|\u00b7\u2022][ \t]*(?:Published|Updated|Posted"
                             # or the date: "Claire Vella Bonnici | July 21, 2022 | 6.45am"
                             r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4})\b"
                             rf"|\bBy:?[ \t]+(?P<titled>{_NAMES})[ \t]+[-\u2013|][ \t]+(?:[A-Z][a-z]+[ \t]+)?"
                             r"(?:Reporter|Correspondent|Writer|Editor|Journalist)\b"
                             # "Kristen Morgan-Hylton/Staff Reporter" under a headline
                             rf"|^[ \t]*(?P<slashed>{_NAMES})[ \t]*/[ \t]*(?:[A-Z][a-z]+[ \t]+)?"
                             r"(?:Reporter|Correspondent|Writer|Editor|Journalist|Contributor)[ \t]*$"
                             # "Nattaya Srisuk Senior Reporter, Southern Bureau" alone on its line
                             r"|^[ \t]*(?P<jobbed>[A-Z][\w'\u2019\-]+[ \t]+[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)??)"
                             r"(?:[ \t]+(?:[A-Z][a-z]+|and|&))*?[ \t]+(?:Reporter|Correspondent|Writer|Journalist)"
                             r"(?:,[ \t]*[A-Z][^\n,]{1,40})?[ \t]*$")
# a name of two or three words alone on its line, a blank line before and after it ("Ritika Dasgupta")
_BARE_BYLINE = re.compile(r"(?<=\n\n)(?:From[ \t]+)?(?P<names>[A-Z][a-z'’\-]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’\-]+(?:-[A-Z][a-z'’]+)?){1,2})"
                          # (or with the place it is filed from after a comma or under it: "Kofi Adjei-Mensah, Kete-Krachi";
                          # a Ghanaian paper's "From Selasi Amenyo, Ho")
                          r"(?:,[ \t]+(?P<place>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?))?[ \t]*"
                          r"(?=\n\n|\n[A-Z][a-z]+\n\n)")
# ... or right under the headline, a blank line after it ("... over Libya boat tragedy\nTariq Mehmood Butt\n\n")
_BARE_BYLINE_UNDER_TITLE = re.compile(r"\A[^\n]{10,200}\n(?P<names>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,2})"
                                      r"[ \t]*(?=\n[ \t]*\n)")
# a country's name right after a known NGO's: "La Strada Moldova", "Save the Children Solomon Islands"
_BRANCH_COUNTRY = re.compile(r"[ \t]+(?P<country>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){0,3})")
# a photo's credit closing its caption (a line): "Photo: Kente Times/Ama Darko", "Picture by Euan Duthie", "(Tomas
# Beaulieu/Northline News)"
_CREDIT_PART = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-.]*){0,3}"
_PHOTO_CREDIT = re.compile(rf"(?:[Pp]hoto|PHOTO|[Pp]icture|[Pp]ic|Image|Photograph|Credit)s?(?:[ \t]+by|:|[ \t]*/)[ \t]*(?P<a>{_CREDIT_PART})"
                           rf"(?:[ \t]*/[ \t]*(?P<b>{_CREDIT_PART}))?[ \t]*\)?[ \t]*\.?[ \t]*$", re.M)
_PHOTO_CREDIT_BRACKETED = re.compile(rf"[(\[](?P<c>{_CREDIT_PART})[ \t]*/[ \t]*(?P<d>{_CREDIT_PART})[)\]][ \t]*\.?[ \t]*$", re.M)
# a copyright credit: "© IOM 2021/Mwila Banda", "© UNICEF/Ahmed Raza"
_PHOTO_CREDIT_COPYRIGHT = re.compile(rf"\u00a9[ \t]*(?P<c>{_CREDIT_PART}?)(?:[ \t]+(?:19|20)\d\d)?[ \t]*/[ \t]*"
                                     rf"(?P<d>{_CREDIT_PART})[ \t]*\.?[ \t]*$", re.M)
# a credit closing a caption after its full stop, agency then photographer: "... in the sex trade. Keystone / Lena Aebischer"
_PHOTO_CREDIT_AFTER_STOP = re.compile(rf"[.!?][ \t]+(?P<c>{_CREDIT_PART})[ \t]*/[ \t]*(?P<d>{_CREDIT_PART})[ \t]*$", re.M)
_PHOTO_CREDIT_BARE = re.compile(rf"[^.!?\"”\s][ \t]\((?P<c>{_CREDIT_PART})\)[ \t]*$", re.M)
# "(Reporting by A and B in Washington; Additional reporting by C; Editing by D)"
_CREDIT = re.compile(r"[Bb]y:?[ \t]+(?P<names>[A-Z][^;)|\n]{2,160}?)[ \t]*(?=;|\)|\||$)", re.M)
# a credit with its task and a colon: "Translation: Fabrício Souza - Edition: Marina Campos Leite", "(RO - author:
# Ioana Stanciu, editor: Mihai Popescu)"
# (not a photo's: "Photo: Inquam Photos" credits an agency as often as a person)
_CREDIT_ROLES = {"author": "author", "editor": "editor", "edition": "editor", "editing": "editor",
                 "translation": "translator", "translator": "translator", "writer": "reporter",
                 "data analysis": "data analyst"}
_CREDIT_LABEL_STEMS = ("uthor:", "ditor:", "dition:", "diting:", "ranslation:", "ranslator:", "riter:", "RITER:",
                       "nalysis:")
_LABELLED_CREDIT = re.compile(r"\b(?P<label>" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _CREDIT_ROLES)
                              + r"):[ \t]*(?P<name>" + _CREDIT_NAME.pattern + r")")  # ("WRITER: Achara Srisuk")
_CREDIT_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")  # "in Kuala Lumpur"
# a closing line crediting another reporter or an agency: "With a report from Ian Kowalczyk in Toronto",
# "With files from The Canadian Press"
_WITH_CREDIT = re.compile(r"^[ \t]*(?:[\u2014\u2013-]+[ \t]*)?With[ \t]+(?:a[ \t]+)?(?:reports?|files|reporting)[ \t]+from[ \t]+"
                          r"(?P<names>[A-Z][^;.\n]{2,120}?)[ \t]*\.?[ \t]*$", re.M)
_CREDIT_TASK = re.compile(r"\b(?:Reporting|Reported|Additional[ \t]+reporting|Writing|Written|Editing|Edited|Compiled)[ \t]+$|\($")  # "(By ...)"
# where a story names the agency that wrote it: "MEXICO CITY, Aug 17 (AFP) -" (a place in capitals, a date,
# the agency), "Accra, March 18, GNA -" (a dateline without brackets), "told state news agency BNA"
_AGENCY_CREDITS = (
    re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,40},[^()\n]{0,30}\((?P<agency>[A-Za-z]{2,10})\)"),
    re.compile(r"(?m)^[ \t]*[A-Z][\w .'’-]{1,40},[^\n,]{0,20},[ \t]*(?P<agency>[A-Z]{2,6})[ \t]*[-\u2013\u2014]"),
    re.compile(r"(?m)^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+\([A-Z][\w .'’-]{1,30}\)[ \t]+"
               r"\((?P<agency>[A-Za-z]{2,10})\)[ \t]*[-\u2013\u2014]"),  # "Almería (Spain) (AFP) -"
    re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,40}[ \t]+\((?P<agency>[A-Za-z]{2,10})\)[ \t]*[-\u2013\u2014]"),  # "GENEVA (AP) —"
    # a place in small letters and a date: "Warsaw, Oct. 14 (PAP) -", "Lima, May 12 (ANDINA)."
    re.compile(r"(?m)^[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]+\((?P<agency>[A-Za-z]{2,10})\)"
               r"[ \t]*[-\u2013\u2014.:]"),
)
# named with "news agency" (looked for only in texts that say it)
_AGENCY_NAMED = (
    re.compile(r"news[ \t]+agency[ \t]+(?P<agency>[A-Z]{2,6})\b"),
    re.compile(r"\b(?:official|state|national)[ \t]+(?P<agency>[A-Z]{2,6})[ \t]+news[ \t]+agency\b"),  # "the official MAP news agency"
)
# an agency's report a sentence is taken from, said last: "... was detained, the police announced. ..., IPN reports."
_AGENCY_REPORTS = re.compile(r",[ \t]+(?P<agency>[A-Z]{2,6})[ \t]+reports\.")
# a story's closing credit: "... by December. (PNA)" (looked for in its last characters only)
_CLOSING_CREDIT = re.compile(r"[.!?\"”][ \t]*\((?P<agency>[A-Z]{2,6})\)\s*\Z")
# several agencies credited at a story's end, maybe after the editors' initials: "ed/rt (dpa, AFP, KNA)"
_CLOSING_CREDITS = re.compile(r"(?:[.!?\"”]|\b[a-z]{1,3}/[a-z]{1,3})[ \t]*\((?P<agencies>[A-Za-z]{2,8}(?:,[ \t]*[A-Za-z]{2,8})+)\)\s*\Z")
_CREDIT_ITEM = re.compile(r"[A-Za-z]{2,8}")
# first words that make a small-letter long form a kind of body, not one body ("law enforcement agency")
_GENERIC_OPENERS = frozenset({"law", "local", "civil", "community", "government", "state", "public", "district",
                              "provincial", "regional", "national", "non-governmental", "international"})
# one of these is in any text _DESCRIBED_BODY can match: a substring test skips the scan on most texts
_OPERATION = re.compile(r"\b(?:Operation|Project)[ \t]+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})(?![\w'’])")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.\-])([A-Z][a-z]+)[ \t]$")
_BODY_SECTIONS = frozenset({"section", "sections"})  # a part of a body when an acronym spells it
_ARABIC_ARTICLES = ("al-", "el-")  # written small at the start of a name: "al-Shabaab"
# a capitalised word and a name's inner word right before a match: the name began earlier ("Eve for Life")
_NAME_GOES_ON_BEFORE = re.compile(r"[A-Z][\w'’\-]*[ \t]+(?:for|of|and|in|on|to|de|d'|du|la|el|the|&)[ \t]*$")
_DESCRIPTOR_WORDS = ("NGO", "nonprofit", "non-profit", "non-governmental", "charit", "watchdog", " group ", "outlet", "newspaper", "broadcaster",
                     "public foundation ", "collective ",
                     "government agency", "government body", "government office", "government institution",
                     "company", "companies", "firm", " unit ", "organisations", "organizations", "daily ",
                     "weekly ", "tabloid ", "magazine ")
_MEDIA_DESCRIPTORS = frozenset({"outlet", "outlets", "newspaper", "newspapers", "broadcaster", "broadcasters", "daily",
                                "weekly", "tabloid", "magazine"})
# a word saying that the name after it is an NGO's
_NGO_BEFORE = re.compile(r"\b(?:NGOs?|non-?profits?|charit(?:y|ies)|(?:rights|advocacy)[ \t]+groups?)[ \t]+$")
# a body named by its web address, written capitalised as a name ("Migrant-Rights.org"), not a link
_ORG_DOMAIN = re.compile(r"(?<![\w@/.\-])[A-Z][\w\-]*(?:\.[\w\-]+)*\.org(?![\w/.\-]*\w)")
_COMPANY_DESCRIPTORS = frozenset({"company", "companies", "firm", "firms"})
# "Maiti", "O'Neill", "Turkmen.news", "eLiberare"
_NAME_WORD = r"(?:[A-Z]|[a-z](?=[A-Z])|[dl]['’](?=[A-Z]))[\w'’&\-]*(?:\.(?=\w)[\w\-]+)*"  # (an elided article: "Terre d'Asile")
_ROMANCE_LINKS = "de|des|du|la|le|del|da|do|dos|das|di|y|e|et"  # inside names: "Terre des Hommes", "Tierra y Dignidad"
_DESCRIBED_BODY = re.compile(
    r"\b(?P<descriptor>NGOs?|nonprofits?|non-profits?|non-governmental[ \t]+organi[sz]ations?|charit(?:y|ies)|watchdogs?"
    r"|(?:rights|advocacy|campaign|workers['’]|women['’]s|community|survivor|survivors['’]|migrants['’])[ \t]+groups?"
    # a Central Asian public foundation, a workers' collective: "the public foundation Safe Road"
    r"|(?<=public[ \t])foundation|collective"
    r"|(?:news[ \t]+)?outlets?|newspapers?|broadcasters?|(?<=[Tt]he[ \t])(?:daily|weekly|tabloid|magazine)"
    r"|compan(?:y|ies)|firms?|(?<=intervention[ \t])unit|(?<=police[ \t])unit"
    # organisations only with the list they open, and not the state's: "partner organisations, including Agar Ethiopia"
    r"|(?<!government[ \t])(?<!state[ \t])(?<!public[ \t])organi[sz]ations(?=,?[ \t]+(?:including|such[ \t]+as)[ \t]))"
    r"(?:,?[ \t]+(?:including|such[ \t]+as|notably|chiefly|like),?)?[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:for|of|the|and|to|in|on|&|{_ROMANCE_LINKS})[ \t]+)?{_NAME_WORD}){{0,5}}"
    # a plural descriptor may name several: "the NGOs ASTRA and Atina", "the charities A, B and C"
    rf"(?:(?<=[A-Za-z])(?:,[ \t]+|,?[ \t]+and[ \t]+)(?=[A-Z]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}){{0,4}})"
    r"(?![\w'’])")
_BODY_THEN_DESCRIPTOR = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}),[ \t]+(?:the|an?)[ \t]+"
    # what kind, maybe where from: "a trading company", "a Johannesburg-based nonprofit", "a Mombasa-based
    # anti-trafficking charity"
    r"(?:(?:local|national|international|leading|small|[A-Z]?[a-z]+-based|anti-[a-z]+|trading|recruitment|construction|"
    r"fishing|logging|security|shipping|travel|staffing|manpower|law|garment|textile"
    r"|migrant|migrants'|rights|human|women's|workers'|children's|labou?r|refugee|advocacy)[ \t]+){0,2}"
    r"(?:NGO|nonprofit|non-profit|charity|non-governmental[ \t]+organi[sz]ation|(?P<company>company|firm)"
    r"|(?P<public>government[ \t]+(?:agency|body|office|institution)))"
    # the descriptor is no owner ("Major Karen Fenwick, the charity's director"), no name's opener ("the DGS, the NGO
    # Caritas Lebanon") nor a person's field ("Maria Lopes, a nonprofit director")
    r"\b(?!['’]s\b)(?![ \t]+(?:[A-Z]|(?:director|worker|official|lawyer|volunteer|employee|founder|executive|manager|staff"
    r"|member|leader|spokes\w+|coordinator|activist|consultant|advocate|chief|head|officer|owner|boss|partner)s?\b))")
# a programme named before a comma and what it is: "Maetot, a national service program in which ..."
_PROGRAMME_DESCRIPTOR = re.compile(r",[ \t]+(?:the|an?)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}(?:program|programme|scheme|"
                                   r"campaign|initiative)\b")
_LIST_JOIN_AT_END = re.compile(r"(?:,?[ \t]+and)?[ \t,]*$")  # what joins a list item to the next one
_LIST_ITEM = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?!and\b)(?:(?:for|of|the|to|in|on|&|{_ROMANCE_LINKS})[ \t]+)?{_NAME_WORD})*")
_FUNDER_COMPOUND = re.compile(r"-(?:funded|backed|led|supported|run|sponsored|financed)$")  # "USAID-funded"
_NAMED_PROJECT = re.compile(
    r"(?:\b(?i:the|its|their|a|an)|[A-Za-z]['’]s)"
    # what it costs or who funds it may come first: "the $7.5 million Mukti Sanjal project", "an EU-funded"
    r"(?:[ \t]+\S*[$€£₦]\d\S*(?:[ \t]+(?:million|billion))?|[ \t]+\S*\d\S*[ \t]+(?:million|billion)"
    r"|[ \t]+[\w.]+-(?:funded|backed|led|supported|year|month))?[ \t]+"
    # the name, maybe in quotes, where any words may stand: 'the "Know Your Rights at Work" campaign'
    # (a quoted name may take one small word before the head: 'the "Break the Chain" awareness campaign')
    r"(?:[\"“](?P<quoted>[A-Z][^\"“”\n]{1,60}?)[\"”](?:[ \t]+[a-z]+)?"
    r"|(?P<name>[A-Z][\w'’\-]+(?:[ \t]+(?:(?:to|for|of|on|and|in|the)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’\-]+){0,5}))"
    r"[ \t]+(?:project|programme|program|initiative|campaign)$")
# the head, then the name in quotes: 'a radio campaign, "Our Children Are Not for Sale," broadcast in ...'
_PROJECT_THEN_QUOTED = re.compile(r"(?:project|programme|program|initiative|campaign|scheme)(?:,?[ \t]+(?:called|named|titled|"
                                  r"entitled|dubbed)|,|[ \t]+(?:against|on|for)[ \t][^.;\"“\n]{1,50}?[ \t](?:called|named|"
                                  r"titled|entitled|dubbed))?[ \t]+[\"“](?P<quoted>[A-Z][^\"“”\n]{1,60}?)[,.]?[\"”]")
# the name in quotes, then what it is: 'launched "Linda Mtoto," a national campaign against child trafficking' (a
# pattern of its own, so that each opens with what the regex engine can skip to)
_QUOTED_THEN_PROJECT = re.compile(r"[\"“](?P<quoted>[A-Z][^\"“”\n]{1,60}?)[,.]?[\"”],?[ \t]+(?:the|an?)[ \t]+"
                                  r"(?:[a-z][\w\-]*[ \t]+){0,2}(?:project|programme|program|initiative|campaign|scheme)\b")
_PROJECT_HEAD = re.compile(r"(?<=[ \t])(?:project|programme|program|initiative|campaign)\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*[ \t]$")
_ACRONYM_OWNER = re.compile(r"(?<![\w-])([A-Z][A-Za-z&\-]{1,11})['’]s[ \t]+$")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]$")
_NAME_AFTER = re.compile(r"[ \t][A-Z][a-z]")


# a body numbered after its kind, the number part of its name: "Steering Committee 138", "Task Force 3" (not a
# count of what follows: "Task Force 2 officers")
_NUMBERED_BODY_HEADS = ("Committee", "Commission", "Force", "Unit", "Group", "Team", "Brigade", "Battalion", "Squad",
                        "Council", "Directorate", "Department")
_BODY_NUMBER = re.compile(r"[ \t]+\d{1,4}(?:/[A-Z]{1,4})?(?![\w%/\-]|[,.]\d|[ \t]+[a-z]+s\b|[ \t]*[%\u2013\-])")


def _numbered_bodies(text: str, cands: list[Cand]) -> None:
    """Bodies whose name a number ends: "Steering Committee 138" (Viet Nam's), "Task Force 3"."""
    for i, c in enumerate(cands):
        if c.rule == "org_keyword" and c.name.endswith(_NUMBERED_BODY_HEADS) and (m := _BODY_NUMBER.match(text, c.end)):
            name = text[c.start:m.end()]
            cands[i] = replace(c, end=m.end(), name=name, key=f"org:{org_key(name)}")


def _bodies_before_speakers(text: str, cands: list[Cand]) -> None:
    """A body's name read on into the name of the person speaking after it: "Minister of State at the Department
    of Justice Declan Hurley said" names the Department of Justice and Declan Hurley (whom the speech rule reads)."""
    speakers = {c.end: c.start for c in cands if c.kind == "person" and c.rule == "person_speech"}
    if not speakers:
        return
    for i, c in enumerate(cands):
        if c.rule == "org_keyword" and c.start < speakers.get(c.end, c.start):
            name = text[c.start:speakers[c.end]].rstrip()
            if " " in name and name.rsplit(None, 1)[-1].lower() not in ("of", "for", "and", "the", "on", "to"):
                cands[i] = replace(c, end=c.start + len(name), name=name, key=f"org:{org_key(name)}")


def _without_seats(text: str, cands: list[Cand]) -> None:
    """A person's name of three words or more that opens with a place the text names as one loses it: the seat of
    the title before it ("Deputy Commissioner Kasur Saima Tariq", "Chief District Officer of Rupandehi Hari Prasad
    Gyawali" where the text also has "in Kasur", "Rupandehi district")."""
    for i, c in enumerate(cands):
        if c.kind != "person" or c.name.count(" ") < 2:
            continue
        first, rest = c.name.split(" ", 1)
        if _names_a_place(text, first):
            start = c.start + len(first) + 1
            cands[i] = replace(c, start=start, key=f"person:{rest.lower()}", name=rest)


def _names_a_place(text: str, word: str) -> bool:
    """Whether the text uses `word` as a place elsewhere: "in Kasur", "Rupandehi district", "of Kasur"."""
    w = re.escape(word)
    if len(word) < 3 or not word.isalpha():
        return False  # (an initial: "K. Raghavendra Murthy")
    return re.search(rf"\b(?:in|near)[ \t]+{w}\b(?![ \t]+[A-Z])|\b{w}[ \t]+(?:[Dd]istrict|[Pp]rovince|[Cc]ounty|[Rr]egion|"
                     rf"[Dd]ivision|[Mm]unicipality|[Tt]ehsil)\b", text) is not None


def _next_to_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word sits right before or after text[start:end] (it is part of a longer name)."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 30), start) or _NAME_AFTER.match(text, end))


def _merge_people(accepted: list[Cand]) -> None:
    """A name that ends another person's longer name ("Mr Bun Eng" after "Chou Bun Eng") is that person; so is one
    word that only opens one ("Mr Lim" after "Lim Kok Wai": a surname written first)."""
    names = {c.key: c.name.split() for c in accepted if c.kind == "person"}
    remap = {}
    for key, parts in names.items():
        longer = {k for k, other in names.items() if len(other) > len(parts) and other[-len(parts):] == parts}
        if not longer and len(parts) == 1:
            # a surname written first ("Mr Lim" after "Lim Kok Wai"), when no name ends with the word
            longer = {k for k, other in names.items() if len(other) > 1 and other[0] == parts[0]}
        if len(longer) == 1:
            remap[key] = longer.pop()
    for c in accepted:
        if c.key in remap:
            target = remap[c.key]
            while target in remap:
                target = remap[target]
            c.key = target



def _bodies_of_several_countries(accepted: list[Cand]) -> None:
    """One name, several countries' bodies: "the Ministry of Internal Affairs of Russia ... the Ministry of Internal
    Affairs of Kyrgyzstan" share a key (a name's country is not part of it, so that "the Kyrgyz Ministry of
    Internal Affairs" is the same body) but are two bodies; a mention without a country stays apart from both."""
    countries: dict[str, set[str]] = {}
    for c in accepted:
        if c.key.startswith("org:") and c.country:
            countries.setdefault(c.key, set()).add(c.country)
    split = {key for key, found in countries.items() if len(found) > 1}
    for c in accepted:
        if c.key in split and c.country:
            c.key = f"{c.key}@{c.country}"


def _people_named_as_bodies(accepted: list[Cand], short_name: Callable[[str], str | None]) -> None:
    """A name taken for a person's where another rule read the same words as a body's ("Elijah Rising, a
    Houston-based nonprofit ... Elijah Rising says"), or as the words after the kind its name opens with
    ("Fundación Luna Nueva ... Luna Nueva said"): a mention of that body, not a person of its own."""
    bodies = {c.name: c for c in accepted if c.kind not in (None, "person") and c.key.startswith("org:")}
    if not bodies:
        return
    for c in list(bodies.values()):
        if (short := short_name(c.name)) is not None:
            bodies.setdefault(short, c)
    for n, c in enumerate(accepted):
        body = bodies.get(c.name) if c.kind == "person" and c.role is None else None
        if body is not None:
            accepted[n] = replace(body, start=c.start, end=c.end, rule=c.rule, prio=c.prio)


def _singular_word(w: Word) -> Word:
    """The word with a plural "-s" or "-ies" ending made singular ("Committees", "Ministries")."""
    text = w.text[:-3] + "y" if w.text.endswith("ies") else w.text[:-1]
    return Word(w.start, w.end - (len(w.text) - len(text)), text)


def _listed_names(names: str, cuts: list[re.Match[str]], at: int) -> list[tuple[int, int]]:
    """The spans (offset by `at`) of the names a list joins with commas and "and", keeping a country
    whose name holds an "and" whole: "Antigua and Barbuda, The Bahamas, Guyana, Trinidad and Tobago"."""
    bounds = [0] + [x for c in cuts for x in (c.start(), c.end())] + [len(names)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        a, b = pieces[i]
        if i + 1 < len(pieces) and "and" in names[b:pieces[i + 1][0]] \
                and lookup_country(names[a:pieces[i + 1][1]]) is not None:
            b = pieces[i + 1][1]
            i += 1
        spans.append((at + a, at + b))
        i += 1
    return spans


def _sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start (from Token.is_sent_start), sorted."""
    if len(doc) == 0:
        return [0]
    if not doc.has_annotation("SENT_START"):
        return [0]
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[arr[:, 0] == 1, 1].tolist()
    return starts if starts and starts[0] == 0 else [0, *starts]


def _sentence_start(starts: list[int], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _titled_portfolio_before(words: Sequence[Word], i: int, pw: PeopleWords, *,
                             links: Iterable[str] = _PORTFOLIO_LINKS, joiners: Iterable[str] = _PORTFOLIO_JOINERS,
                             reach: int = 8, opened: Callable[[int], bool] | None = None) -> int | None:
    """Where a title opens, when a title and its portfolio run up to words[i] ("State Minister for Labour
    and Skills", "Minister of Home Affairs"): capitalised words and `joiners` after one of `links`, the
    title at a word j where `opened(j)` holds when it is given. None if not."""
    for j in range(max(0, i - reach), i):
        t = pw.titles_at(words, j)
        if t and j + t < i and words[j + t].lower in links and (opened is None or opened(j)) \
                and all(w.capitalised or w.lower in joiners for w in words[j + t + 1:i]):
            return j
    return None


def _spells_topic(acronym: str, topic: str) -> bool:
    """Whether an acronym's letters are initials of the topic's words, in order ("GBV" of "anti-gender-based
    violence"): the acronym is the topic's, not the body's."""
    initials = iter(w[0] for w in re.split(r"[ \t\-]+", topic) if w)
    return all(ch in initials for ch in acronym.lower())


def _after_owner(text: str, start: int, name: str, min_left: int = 1) -> int:
    """Where a name starts once an owner's possessive before it is cut off ("the ILO's LUTRENA project",
    "the Police Service's Morals and Protection of Minors unit"), keeping at least `min_left` words."""
    words = name.split()
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'", "’", "'s", "’s"))), default=-1)
    if owner < 0 or len(words) - owner - 1 < min_left:
        return start
    return start + len(" ".join(words[:owner + 1])) + 1


def _title_opens_run(words: Sequence[Word], i: int, pw: PeopleWords) -> bool:
    """Whether the run of capitalised and link words ending before words[i] opens with a person's title ("Consul
    General of Uzbekistan" before "in Almaty")."""
    j = i
    while j > 0 and (words[j - 1].capitalised or words[j - 1].lower in _PORTFOLIO_LINKS) and i - j < 8:
        j -= 1
    return j < i and pw.titles_at(words, j) > 0


def _preceded_by_title(words: Sequence[Word], i: int, pw: PeopleWords) -> bool:
    """Whether a title ends right before words[i] (not a portfolio after "of"/"for": "Minister of Justice")."""
    return any(pw.titles_at(words, j) == i - j and not (j > 0 and words[j - 1].lower in _PORTFOLIO_LINKS)
               for j in range(max(0, i - pw.max_title * 2), i))


# words opening the name of a treaty, a law or a plan: such a long form names no body
_INSTRUMENTS = frozenset({"convention", "protocol", "covenant", "treaty", "charter", "declaration", "agreement", "act",
                          "law", "strategy", "plan", "policy", "framework"})


def _in_capitals_line(doc: Doc, start: int, end: int) -> bool:
    """An acronym inside an all-capitals heading ("WHO WE ARE") is not a mention (after "NGO" it is: "the NGO
    ASTRA")."""
    neighbours = [t for t in (doc[start - 1] if start > 0 else None, doc[end] if end < len(doc) else None)
                  if t is not None and t.is_alpha and len(t) > 2 and t.text not in ("NGO", "NGOs")]
    return bool(neighbours) and all(t.is_upper for t in neighbours)


def _occupied(cands: list[Cand], length: int) -> bytearray:
    """One byte a character of the text, 1 where a candidate lies."""
    occupied = bytearray(length + 1)
    for c in cands:
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    return occupied


_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")  # "PRINCE" of "PORT-AU-PRINCE" (not "K" of "ISIS-K", "West")


_HEADING_RULES = frozenset({"heading", "tier_label", "placement_heading"})


def _inside_hyphenated(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a part of a hyphenated name ("PORT-AU-PRINCE"), not a name that a
    hyphen joins to a word ("UN-backed", "ILO-funded")."""
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()) or (
        text[end:end + 1] == "-" and bool(_CAPITALS_WORD.match(text, end + 1)))


def _after_demonym(words: Sequence[Word], i: int) -> int:
    """Where a name that starts at words[i] starts once a demonym it took in is left out ("African" of
    "South African Thabo Mokoena"): after the demonym that ends inside it, if two words are left."""
    for end in range(min(i + 2, len(words) - 2), i, -1):
        for start in range(max(0, i - 2), i + 1):
            if (start == 0 or not words[start - 1].capitalised) \
                    and lookup_demonym(" ".join(w.text for w in words[start:end])):
                return end
    return i


def _demonym_before(words: Sequence[Word], i: int) -> bool:
    """Whether the capitalised words before words[i] are a demonym alone: "South African Thabo Mokoena"."""
    for j in range(min(3, i), 0, -1):
        if (i == j or not words[i - j - 1].capitalised) and lookup_demonym(" ".join(w.text for w in words[i - j:i])):
            return True
    return False


def _ministry_acronyms(text: str, accepted: list[Cand], acr_keys: dict[str, Cand]) -> list[Cand]:
    """A ministry named only by its acronym, which the text never spells out ("MOI continued to operate
    trafficking units": an excerpt of a narrative that defined it elsewhere): a public body."""
    if "MO" not in text and "MFA" not in text:
        return []
    occupied = _occupied(accepted, len(text))
    out: list[Cand] = []
    for m in _MINISTRY_ACRONYM.finditer(text):
        acronym = m.group()
        if acronym in acr_keys or acronym in _NOT_MINISTRIES or any(occupied[m.start():m.end()]) \
                or lookup_country(acronym) is not None or _CAPITALS_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                or _CAPITALS_WORD_AFTER.match(text, m.end()):
            continue  # (a word of a line in capitals: the dateline "DES MOINES, Iowa")
        out.append(Cand(m.start(), m.end(), f"org:{acronym.lower()}", acronym, "government", "ministry_acronym", 1))
    return out


# "MOI", "MOLSA", "MFA", "MOFA": the usual acronyms of ministries ("Ministry of ..."), not a memorandum;
# "the MOJ-led committee" names the ministry too
_MINISTRY_ACRONYM = re.compile(r"(?<![\w\-])(?:MO[A-Z]{1,5}|MFA)(?!\w)"
                               r"(?!-(?!(?:led|run|funded|chaired|operated|managed|sponsored|backed)\b))")
_NOT_MINISTRIES = frozenset({"MOU", "MOA", "MOLVI", "MODIS"})
_CAPITALS_WORD_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")
_CAPITALS_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,}\b")


def _whole_phrase(phrase: str) -> re.Pattern[str]:
    """`phrase` as a pattern matching it only as whole words (not "IOMS" for "IOM", nor "ex-IOM")."""
    return re.compile(rf"(?<![\w\-]){re.escape(phrase)}(?![\w\-])")


def _line_ends_after_bracket(text: str) -> list[int]:
    """The offsets of the ")" that close lines of `text`."""
    ends, at = [], text.find(")\n")
    while at >= 0:
        ends.append(at)
        at = text.find(")\n", at + 2)
    return ends + ([len(text) - 1] if text.endswith(")") else [])


def _bracketed_acronyms(text: str, accepted: list[Cand], acr_keys: dict[str, Cand]) -> list[Cand]:
    """"the Federal Police (DPF)", "the National Institute of Children (INAC)": an acronym in brackets
    right after an organisation found by another rule, that spells no name of its own (TIP Reports
    translate a body's name and keep its acronym in the country's language), is that organisation's.
    Adds the acronym's mention to `acr_keys`, so its later bare mentions are found too."""
    ends = {c.end: c for c in accepted if c.kind != "person"}
    if not ends:
        return []
    occupied = _occupied(accepted, len(text))
    out = []
    for m in _PARENS.finditer(text):
        acronym = m.group(1)
        owner = ends.get(m.start() - 1) if text[m.start() - 1:m.start()] == " " else None
        if owner is None or acronym in acr_keys or not is_acronym(acronym) or any(occupied[m.start(1):m.end(1)]) \
                or lookup_country(acronym) is not None:
            continue  # "(UAE)", "(DRC)": a country's short name, not the body's
        cand = Cand(m.start(1), m.end(1), owner.key, owner.name, owner.kind, "acronym", 3, owner.country)
        acr_keys[acronym] = cand
        out.append(cand)
    return out


_PEERAGES = frozenset({"lord", "lady", "baroness", "baron"})  # titles that are part of a one-word name
_RUN_RULES = frozenset({"org_keyword", "named_operation", "named_project"})  # bodies read off capitalised words


def _title_case_headline_end(text: str) -> int:
    """Where the first line ends when it is a headline in title case (five or more longer words, nearly all
    capitalised: "IOM and Government of Ghana Hand Over Child Protection Hubs ..."), else 0."""
    end = text.find("\n")
    if end <= 0 or end > 240:
        return 0
    longer = [w for w in text[:end].split() if len(w) > 3 and w[:1].isalpha()]
    if len(longer) < 5:
        return 0
    capitalised = sum(1 for w in longer if w[:1].isupper())
    return end if capitalised >= 0.85 * len(longer) else 0


def _fold_into_branches(accepted: list[Cand], branch_parent: dict[str, str]) -> None:
    """The NGO's own mentions in a text naming one branch of it are the branch's: "La Strada Moldova ... La Strada
    said" is one actor (a text naming two branches leaves the NGO's own mentions alone)."""
    found = {c.key for c in accepted if c.key in branch_parent}
    by_parent: dict[str, list[str]] = {}
    for key in found:
        by_parent.setdefault(branch_parent[key], []).append(key)
    branch_of = {parent: keys[0] for parent, keys in by_parent.items() if len(keys) == 1}
    if not branch_of:
        return
    names = {c.key: (c.name, c.country) for c in accepted if c.key in found}
    for i, c in enumerate(accepted):
        if c.key in branch_of:
            key = branch_of[c.key]
            accepted[i] = replace(c, key=key, name=names[key][0], country=names[key][1])


def _resolve(cands: list[Cand], length: int) -> list[Cand]:
    """Non-overlapping candidates, longest first, then by priority."""
    occupied = bytearray(length + 1)
    out = []
    taken: dict[tuple[int, int, str], Cand] = {}
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if c.end <= c.start or any(occupied[c.start:c.end]):
            if c.affiliation and (same := taken.get((c.start, c.end, c.key))) is not None and not same.affiliation:
                same.affiliation = c.affiliation  # one mention read twice: "DS Mark Bennett | Sussex Police" (a title,
                # a table's column of bodies)
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
        taken[(c.start, c.end, c.key)] = c
    return out


def _canonical(key: str, group: list[Cand]) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Name, kind, country, role and affiliation of one actor from its mentions."""
    ranked = sorted(group, key=lambda c: (-c.prio, c.start))
    best = ranked[0]
    name = best.name
    if key.startswith("org:"):
        defined = [c for c in group if c.rule == "acronym_definition"]
        if defined:
            name = defined[0].name
        else:
            counts: dict[str, int] = {}
            for c in group:
                counts[c.name] = counts.get(c.name, 0) + 1
            name = max(counts, key=lambda n: (counts[n], len(n)))
    if key.startswith("person:"):
        name = max((c.name for c in group if c.rule not in ("person_surname",)), key=len, default=name)
    name = join_broken_words(name)  # "Adolescents and Fam-\nily": the word a line end broke, whole
    kind = next((c.kind for c in ranked if c.kind), None)
    country = next((c.country for c in ranked if c.country), None)
    by_role = sorted(group, key=lambda c: (-c.role_weight, c.start))
    role = next((c.role for c in by_role if c.role), None)
    affiliation = next((c.affiliation for c in by_role if c.affiliation), None)
    return name, kind, country, role, affiliation


def _level_before_government(text: str) -> bool:
    """True when some "government" follows a level word and spaces ("state government"), as every match of
    _LEVEL_GOVERNMENT needs: a literal search and a look back, far faster than the pattern's own scan."""
    at = text.find("government")
    while at >= 0:
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end < at and text.endswith(_GOVERNMENT_LEVELS, 0, end):
            return True
        at = text.find("government", at + 1)
    return False



def _split_by_narrative(doc: Doc, accepted: list[Cand], headings: list[tuple[int, str]]) -> None:
    """In a report of many country narratives, "Ministry of Justice" is one body per country."""
    for c in accepted:
        if c.key.startswith("org:") and c.kind == "government":
            code = _narrative_country(doc, c.start, headings)
            if code:
                c.key = f"{c.key}@{code}"
                c.country = c.country or code


def _narrative_country(doc: Doc, char: int, headings: list[tuple[int, str]]) -> str | None:
    """The country whose TIP narrative holds a character offset, if any."""
    country = section_at(doc, char)[1]
    if country:
        return country
    code = None
    for start, c in headings:
        if start > char:
            break
        code = c
    return code


def _calendar_words(path: str) -> tuple[frozenset[str], frozenset[str]]:
    """Month and weekday names, and weekday names alone (the date lexicon's): a name does not run on
    into "on Monday", nor start with "Friday" in "On Friday Police arrested ..."."""
    words = DateWords.load(path)
    weekdays = frozenset(words.weekdays)
    return frozenset(words.months) | weekdays, weekdays


def _read_words(path: str) -> ActorWords:
    data = read_json(path)
    if not isinstance(data, dict):
        raise RuleFileError(str(model_path(path)), "must be a JSON object of word lists")
    missing = [k for k in WORD_LIST_KEYS if not isinstance(data.get(k), list)]
    if missing:
        raise RuleFileError(str(model_path(path)), f"missing word list(s) {', '.join(missing)}")
    low = {k: frozenset(w.lower() for w in data[k]) for k in WORD_LIST_KEYS}
    return low  # type: ignore[return-value]


def check_gazetteer(rows: list[dict], path: str) -> None:
    """Raise RuleFileError for a row of unknown kind, or one naming a body another row names (two rows for one body
    make which of them a mention gets depend on the file's order)."""
    owner: dict[str, int] = {}
    for lineno, row in enumerate(rows, 1):
        if row["kind"] not in ACTOR_KINDS:
            raise RuleFileError(path, f"row {lineno}: unknown kind {row['kind']!r}")
        for form in {row["name"], *row.get("aliases", [])}:
            key = form if is_acronym(form.replace(" ", "")) and " " not in form else exact_key(form)
            if owner.setdefault(key, lineno) != lineno:
                raise RuleFileError(path, f"row {lineno}: {form!r} also names the body of row {owner[key]}")


@Language.factory(
    KEY,
    default_config={
        "gazetteer": "lexicons/organisations.jsonl",
        "org_keywords": "lexicons/actor_org_keywords.jsonl",
        "words": "lexicons/actor_words.json",
        "titles": "lexicons/person_titles.txt",
        "calendar": "lexicons/date_words.json",
        "government_anaphora": True,
    },
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
)
def make_actors(nlp: Language, name: str, gazetteer: str, org_keywords: str, words: str, titles: str,
                calendar: str, government_anaphora: bool) -> ActorFinder:
    preload_countries()
    rows = read_jsonl(gazetteer, required=("name", "kind"), allowed=GAZETTEER_KEYS)
    check_gazetteer(rows, str(model_path(gazetteer)))
    kw_rows = read_jsonl(org_keywords, required=("keyword", "kind"), allowed=KEYWORD_KEYS)
    for lineno, row in enumerate(kw_rows, 1):
        if row["kind"] not in ACTOR_KINDS or row.get("position", "both") not in ("head", "prefix", "both", "opener"):
            raise RuleFileError(str(model_path(org_keywords)), f"row {lineno}: bad kind or position")
    lists = _read_words(words)
    calendar_words, weekdays = _calendar_words(calendar)
    lex = ActorWords(
        keywords=build_keywords(kw_rows),
        connectors=lists["connectors"],
        leading_stop=lists["leading_stop"],
        not_org_heads=lists["not_org_heads"],
        international_openers=lists["international_openers"],
        subnational=lists["subnational"],
        speech_verbs=lists["speech_verbs"],
        role_nouns=lists["role_nouns"],
        place_prepositions=lists["place_prepositions"],
        state_openers=lists["state_openers"],
        state_words=lists["state_words"],
        role_modifiers=lists["role_modifiers"],
        descriptors=lists["descriptors"],
        roles_not_before_names=lists["roles_not_before_names"],
        not_body_heads=lists["not_body_heads"],
        not_actor_names=lists["not_actor_names"],
        office_holders=lists["office_holders"],
        purpose_verbs=lists["purpose_verbs"],
        topics_after_on=lists["topics_after_on"],
        seats=lists["seats"],
        program_heads=lists["program_heads"],
        generic_courts=lists["generic_courts"],
        name_openers=lists["name_openers"],
        regions=lists["regions"],
        portfolio_words=lists["portfolio_words"],
        body_verbs=lists["body_verbs"],
        body_modals=lists["body_modals"],
        body_staff=lists["body_staff"],
        paper_heads=lists["paper_heads"],
        person_nouns=lists["person_nouns"],
        adjective_endings=tuple(sorted(lists["adjective_endings"])),
        topics_based=lists["topics_based"],
        force_modifiers=lists["force_modifiers"],
        document_heads=lists["document_heads"],
        imperative_openers=lists["imperative_openers"],
        campaign_groups=lists["campaign_groups"],
        people_columns=lists["people_columns"],
        body_columns=lists["body_columns"],
        affiliation_columns=lists["affiliation_columns"],
        role_columns=lists["role_columns"],
        calendar_words=calendar_words,
        weekdays=weekdays,
    )
    people = PeopleWords.make(build_titles(read_word_list(titles)), lists["not_name_words"], lists["honorifics"])
    return ActorFinder(nlp, rows, lex, people, bool(government_anaphora))
