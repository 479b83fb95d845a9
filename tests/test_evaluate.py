"""`ctip-extract evaluate`: the matching rules of the shared evaluation set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctip_extract.cli import main
from ctip_extract.evaluate import GOLD_LISTS, TypeScore, score_document


def fresh() -> dict[str, TypeScore]:
    return {k: TypeScore() for k in GOLD_LISTS}


@pytest.mark.parametrize(
    ("gold", "pred", "hit"),
    [
        ({"value": 42, "unit": ["offender"]}, {"type": "quantity", "value": 42.0, "unit": "offenders"}, True),
        ({"value": 42, "unit": ["offender"]}, {"type": "quantity", "value": 42, "unit": "victims"}, False),
        ({"value": 1482}, {"type": "quantity", "value": "1,482"}, True),
        ({"low": 7, "high": 15}, {"type": "quantity", "low": 7, "high": 15, "unit": "years"}, True),
        ({"low": 7, "high": 15}, {"type": "quantity", "value": 7}, False),
    ],
)
def test_quantity_matching(gold, pred, hit) -> None:
    scores = fresh()
    score_document({"quantities": [gold]}, [pred], scores, "d")
    assert scores["quantity"].tp == int(hit)


def test_actor_names_match_without_case_punctuation_or_article() -> None:
    scores = fresh()
    gold = {"actors": [{"name": "US State Department", "aliases": ["U.S. State Department"], "kind": "government"}]}
    preds = [{"type": "actor", "name": "the U.S. state department", "actor_kind": "government"}]
    score_document(gold, preds, scores, "d")
    assert (scores["actor"].tp, scores["actor"].attr_right) == (1, 1)


def test_repeats_and_optional_facts_count_neither_way() -> None:
    scores = fresh()
    gold = {"dates": [{"text": "2017", "value": "2017"}], "optional": {"dates": [{"value": "2008"}]}}
    preds = [{"type": "date", "text": "2017", "value": "2017"}, {"type": "date", "text": "2017", "value": "2017"},
             {"type": "date", "text": "2008", "value": "2008"}, {"type": "date", "text": "1999", "value": "1999"}]
    score_document(gold, preds, scores, "d")
    assert (scores["date"].tp, scores["date"].fp, scores["date"].fn) == (1, 1, 0)


def test_tier_needs_country_tier_and_year() -> None:
    scores = fresh()
    gold = {"tiers": [{"country": "Cambodia", "code": "KHM", "tier": "2", "year": 2018, "change": "remained"}]}
    preds = [{"type": "tier_statement", "country": "Cambodia", "country_code": "KHM", "tier": "2",
              "report_year": 2017}]
    score_document(gold, preds, scores, "d")
    assert (scores["tier_statement"].tp, scores["tier_statement"].fp) == (0, 1)


def test_evaluate_command_scores_a_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "n.txt").write_text("Cambodia remained on Tier 2 in the 2018 report.\n", encoding="utf-8")
    (tmp_path / "n.meta.json").write_text(json.dumps({"published": "2018-07-01"}), encoding="utf-8")
    gold = {"tiers": [{"country": "Cambodia", "code": "KHM", "tier": "2", "year": 2018, "change": "remained"}]}
    (tmp_path / "n.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert set(result["types"]) == {"quantity", "actor", "tier_statement", "date"}
