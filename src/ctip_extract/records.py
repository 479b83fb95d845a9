"""Output records: frozen pydantic models, one class a kind, discriminated on `type`.

Every record carries its provenance: `doc_id`, the exact span
(`Document.text[start:end] == text`), the sentence index, the page (PDFs) and
the rule that made it. `model_json_schema()` of `AnyRecord` is the published
contract (`ctip-extract schema`).
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than"]
QuantityCategory = Literal[
    "victims", "offenders", "suspects", "cases", "investigations", "prosecutions", "convictions",
    "people", "institutions", "money", "percent", "duration", "age", "other",
]
ActorKind = Literal["person", "government", "ngo", "international", "program", "company", "media", "armed_group"]
Tier = Literal["1", "2", "2WL", "3", "special"]
TierChange = Literal["remained", "upgraded", "downgraded"]
Standards = Literal["fully_meets", "not_fully_meets_significant_efforts", "not_fully_meets_no_significant_efforts"]
Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "period"]
Direction = Literal["increase", "decrease"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Frozen):
    """One place an actor is named."""

    text: str
    start: int
    end: int
    page: int | None = None


class _Record(_Frozen):
    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(description="File stem; `stem:LINE` for a JSONL line")
    text: str = Field(description="The exact source text: Document.text[start:end]")
    start: int = Field(ge=0, description="Character offset of the span in Document.text")
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="Index of the sentence holding the span")
    page: int | None = Field(default=None, description="PDF page (1-based); None outside PDFs")
    section: str | None = Field(default=None, description="Report section, e.g. 'prosecution'")
    rule: str = Field(description="Id of the rule that made the record")


class Quantity(_Record):
    """A number that counts or measures something."""

    type: Literal["quantity"] = "quantity"
    value: float | None = Field(default=None, description="The number; None for a range")
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = Field(default=None, description="The counted thing as written, e.g. 'migrant workers'")
    unit_head: str | None = Field(default=None, description="Head noun of the unit, singular")
    category: QuantityCategory = "other"
    currency: str | None = Field(default=None, description="ISO 4217 code, for money")
    change: Direction | None = Field(default=None, description="Direction of a stated change ('rose 20 percent')")
    event: str | None = Field(default=None, description="Governing action, lemmatised ('bring to justice')")
    actor: str | None = Field(default=None, description="Canonical name of the actor who acted")
    date: str | None = Field(default=None, description="ISO date or period in scope")


class Actor(_Record):
    """One actor per document: canonical name, every surface form, every mention."""

    type: Literal["actor"] = "actor"
    name: str
    aliases: list[str] = Field(default_factory=list)
    actor_kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")
    mentions: list[Mention] = Field(default_factory=list)


class TierStatement(_Record):
    """A country's placement in the TIP Report."""

    type: Literal["tier_statement"] = "tier_statement"
    country: str
    country_code: str = Field(description="ISO 3166 alpha-3")
    tier: Tier
    report_year: int | None = None
    change: TierChange | None = None
    previous_tier: Tier | None = None
    standards: Standards | None = None


class Date(_Record):
    """A calendar reference, normalised to the precision of the text."""

    type: Literal["date"] = "date"
    value: str = Field(description="ISO 8601 at the text's precision: '2015-09', '2018-06-20', '2018'")
    granularity: Granularity
    period_start: str | None = Field(default=None, description="First day of the period denoted (ISO)")
    period_end: str | None = Field(default=None, description="Last day of the period denoted (ISO)")
    relative: bool = False
    anchor: str | None = Field(default=None, description="What a relative date was resolved against")


class ErrorRecord(_Frozen):
    """A document that could not be read or processed."""

    schema_version: str = SCHEMA_VERSION
    type: Literal["error"] = "error"
    doc_id: str
    source: str
    reason: str


Record = Annotated[Union[Quantity, Actor, TierStatement, Date], Field(discriminator="type")]
AnyRecord = Annotated[Union[Quantity, Actor, TierStatement, Date, ErrorRecord], Field(discriminator="type")]
RECORD_TYPES: dict[str, type[BaseModel]] = {
    "quantity": Quantity, "actor": Actor, "tier_statement": TierStatement, "date": Date, "error": ErrorRecord,
}
_ADAPTER: TypeAdapter[AnyRecord] = TypeAdapter(AnyRecord)


class DocumentFacts(_Frozen):
    """Everything extracted from one document."""

    doc_id: str
    source: str
    published: str | None = None
    title: str | None = None
    records: list[Record] = Field(default_factory=list)

    def of_type(self, kind: str) -> list[BaseModel]:
        return [r for r in self.records if r.type == kind]

    @property
    def quantities(self) -> list[Quantity]:
        return [r for r in self.records if isinstance(r, Quantity)]

    @property
    def actors(self) -> list[Actor]:
        return [r for r in self.records if isinstance(r, Actor)]

    @property
    def tier_statements(self) -> list[TierStatement]:
        return [r for r in self.records if isinstance(r, TierStatement)]

    @property
    def dates(self) -> list[Date]:
        return [r for r in self.records if isinstance(r, Date)]


def parse_record(data: dict[str, object]) -> BaseModel:
    """A record from its JSON form, validated and typed by its `type`."""
    return _ADAPTER.validate_python(data)


def json_schema() -> dict[str, object]:
    """The JSON Schema of one output line (any record type)."""
    schema = _ADAPTER.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ctip-extract record"
    schema["description"] = f"One line of ctip-extract JSONL output (schema_version {SCHEMA_VERSION})."
    return schema
