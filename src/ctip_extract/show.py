"""A readable, plain-text table of one document's facts (for `ctip-extract show`)."""

from __future__ import annotations

from .records import Actor, Date, DocumentFacts, Quantity, TierStatement


def render_facts(facts: DocumentFacts) -> str:
    lines = [f"{facts.doc_id}  ({facts.source}; published {facts.published or 'unknown'})"]
    sections = [
        ("Tier statements", facts.tier_statements, _tier_row),
        ("Quantities", facts.quantities, _quantity_row),
        ("Actors", facts.actors, _actor_row),
        ("Dates", facts.dates, _date_row),
    ]
    for title, records, row in sections:
        lines.append("")
        lines.append(f"{title} ({len(records)})")
        if not records:
            lines.append("  -")
        for rec in records:
            where = f"@{rec.start}" + (f" p.{rec.page}" if rec.page is not None else "")
            lines.append(f"  {where:<12} {row(rec)}")
    return "\n".join(lines)


def _quantity_row(q: Quantity) -> str:
    amount = f"{_num(q.low)}-{_num(q.high)}" if q.value is None else _num(q.value)
    qual = "" if q.qualifier == "exact" else f"{q.qualifier} "
    parts = [f"{qual}{amount}", q.currency or "", q.unit or "", f"[{q.category}]"]
    if q.event:
        parts.append(f"event={q.event}")
    if q.actor:
        parts.append(f"actor={q.actor}")
    if q.date:
        parts.append(f"date={q.date}")
    return " ".join(p for p in parts if p) + f'   "{q.text}"'


def _actor_row(a: Actor) -> str:
    extra = [f"[{a.actor_kind}]"]
    if a.aliases:
        extra.append("aka " + "; ".join(a.aliases))
    if a.role:
        extra.append(f"role={a.role}")
    if a.affiliation:
        extra.append(f"of {a.affiliation}")
    if a.country:
        extra.append(a.country)
    return f"{a.name} " + " ".join(extra) + f"  ({len(a.mentions)} mentions)"


def _tier_row(t: TierStatement) -> str:
    parts = [f"{t.country} ({t.country_code})", f"Tier {t.tier}", str(t.report_year or "?")]
    if t.change:
        parts.append(t.change)
    if t.standards:
        parts.append(t.standards)
    return " ".join(parts) + f'   "{t.text}"'


def _date_row(d: Date) -> str:
    rel = f" relative to {d.anchor}" if d.relative else ""
    return f"{d.value} [{d.granularity}] {d.period_start}..{d.period_end}{rel}   \"{d.text}\""


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"
