"""Records: frozen, strict, discriminated on `type`, and a published JSON Schema."""

from __future__ import annotations

import pydantic
import pytest

from ctip_extract.records import (
    SCHEMA_VERSION,
    Actor,
    Date,
    ErrorRecord,
    Quantity,
    TierStatement,
    json_schema,
    parse_record,
)

BASE = {"doc_id": "d", "text": "42 offenders", "start": 10, "end": 22, "sentence": 0, "rule": "test"}


def test_records_are_frozen_and_forbid_unknown_fields() -> None:
    q = Quantity(**BASE, value=42, unit="offenders", category="offenders")
    with pytest.raises(pydantic.ValidationError):
        q.value = 43  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        Quantity(**BASE, value=42, colour="red")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("model", "fields", "bad"),
    [
        (Quantity, {"value": 1}, {"qualifier": "roughly"}),
        (Quantity, {"value": 1}, {"category": "animals"}),
        (TierStatement, {"country": "Cambodia", "country_code": "KHM", "tier": "2"}, {"tier": "4"}),
        (TierStatement, {"country": "Cambodia", "country_code": "KHM", "tier": "2"}, {"change": "moved"}),
        (Actor, {"name": "USAID", "actor_kind": "government"}, {"actor_kind": "alien"}),
        (Date, {"value": "2018", "granularity": "year"}, {"granularity": "fortnight"}),
    ],
)
def test_values_outside_the_vocabulary_are_refused(model, fields, bad) -> None:
    model(**BASE, **fields)
    with pytest.raises(pydantic.ValidationError):
        model(**BASE, **{**fields, **bad})


def test_round_trip_through_json_keeps_the_type() -> None:
    records = [
        Quantity(**BASE, value=None, low=7, high=15, unit="years", category="duration"),
        Actor(**BASE, name="USAID", actor_kind="government", aliases=["US Agency for International Development"]),
        TierStatement(**BASE, country="Cambodia", country_code="KHM", tier="2", report_year=2018, change="remained"),
        Date(**BASE, value="2015-09", granularity="month", period_start="2015-09-01", period_end="2015-09-30"),
        ErrorRecord(doc_id="x", source="x.pdf", reason="encrypted PDF"),
    ]
    for rec in records:
        back = parse_record(rec.model_dump(mode="json"))
        assert type(back) is type(rec)
        assert back == rec
        assert back.schema_version == SCHEMA_VERSION


def test_json_schema_names_every_record_type() -> None:
    schema = json_schema()
    assert set(schema["$defs"]) >= {"Quantity", "Actor", "TierStatement", "Date", "ErrorRecord"}
    assert schema["discriminator"]["propertyName"] == "type"
    assert schema["$defs"]["Quantity"]["additionalProperties"] is False
    qualifiers = schema["$defs"]["Quantity"]["properties"]["qualifier"]["enum"]
    assert qualifiers == ["exact", "approx", "at_least", "more_than", "at_most", "less_than"]
