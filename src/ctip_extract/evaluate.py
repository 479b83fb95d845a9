"""`ctip-extract evaluate`: precision, recall and F1 against gold annotations.

Gold files follow the format of the shared evaluation set: `X.gold.json`
beside each document `X.txt` (or .html, .pdf, .md), with lists `quantities`,
`actors`, `tiers`, `dates` and an `optional` object of the same lists. The
matching rules are those documented for that set:

- quantity: same value (or same low and high); where gold lists units, the
  predicted unit contains one of them; attribute: qualifier;
- actor: a name or alias in common, compared without case, punctuation or a
  leading "the"; attribute: kind;
- tier_statement: same country (name or alpha-3), same tier, same report year
  when gold gives one; attribute: change;
- date: the predicted value starts with the gold value and the texts overlap.

Each gold fact takes at most one prediction. A prediction that repeats a found
fact, or matches an optional one, counts neither way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .documents import iter_documents
from .errors import CtipError, DocumentError
from .extract import extract_document
from .pipeline import load

GOLD_LISTS = {"quantity": "quantities", "actor": "actors", "tier_statement": "tiers", "date": "dates"}
DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


def _squash(text: object) -> str:
    s = str(text or "").casefold().replace("\u2019", "'").replace("-", " ")
    s = re.sub(r"[.,'\"()]", "", s)
    s = " ".join(s.split())
    return s.removeprefix("the ")


def _unit_key(text: object) -> str:
    return " ".join(str(text or "").casefold().replace("-", " ").split())


def _number(x: object) -> float | None:
    if isinstance(x, bool) or x is None:
        return None
    try:
        return float(str(x).replace(",", "")) if isinstance(x, str) else float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _tier_key(t: object) -> str:
    s = " ".join(str(t or "").casefold().replace("tier", "").replace("_", " ").split())
    if "watch" in s or s in ("2wl", "2 wl"):
        return "2WL"
    return "special" if "special" in s else s.upper()


def _same_quantity(gold: dict, pred: dict) -> bool:
    g, p = _number(gold.get("value")), _number(pred.get("value"))
    if g is None:
        if _number(gold.get("low")) is None or _number(gold.get("low")) != _number(pred.get("low")):
            return False
        if _number(gold.get("high")) != _number(pred.get("high")):
            return False
    elif p is None or abs(g - p) > 1e-6 * max(1.0, abs(g)):
        return False
    units = gold.get("unit")
    if not units:
        return True
    unit = _unit_key(pred.get("unit"))
    return any(_unit_key(u) and _unit_key(u) in unit for u in (units if isinstance(units, list) else [units]))


def _names(rec: dict) -> set[str]:
    return {n for n in (_squash(x) for x in [rec.get("name"), *(rec.get("aliases") or [])]) if n}


def _same_actor(gold: dict, pred: dict) -> bool:
    return bool(_names(gold) & _names(pred))


def _same_tier(gold: dict, pred: dict) -> bool:
    gold_keys = {_squash(gold.get("country")), _squash(gold.get("code"))} - {""}
    pred_keys = {_squash(pred.get("country")), _squash(pred.get("country_code"))} - {""}
    if not gold_keys & pred_keys or _tier_key(gold.get("tier")) != _tier_key(pred.get("tier")):
        return False
    return gold.get("year") is None or str(pred.get("report_year")) == str(gold["year"])


def _same_date(gold: dict, pred: dict) -> bool:
    g, p = str(gold.get("value") or ""), str(pred.get("value") or "")
    if not g or not p.startswith(g):
        return False
    gt, pt = _unit_key(gold.get("text")), _unit_key(pred.get("text"))
    return not gt or not pt or gt in pt or pt in gt


MATCHERS: dict[str, Callable[[dict, dict], bool]] = {
    "quantity": _same_quantity, "actor": _same_actor, "tier_statement": _same_tier, "date": _same_date,
}
ATTRIBUTES = {"quantity": ("qualifier", "qualifier", "exact"), "actor": ("kind", "actor_kind", ""),
              "tier_statement": ("change", "change", "none")}


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_right: int = 0
    attr_total: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    documents: int
    types: dict[str, TypeScore]
    errors: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        scored = [t.f1 for t in self.types.values() if t.tp + t.fn]
        return sum(scored) / len(scored) if scored else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "macro_f1": round(self.macro_f1, 4),
            "errors": self.errors,
            "types": {
                name: {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 4),
                       "recall": round(t.recall, 4), "f1": round(t.f1, 4),
                       "attribute_accuracy": round(t.attr_right / t.attr_total, 4) if t.attr_total else None}
                for name, t in self.types.items()
            },
        }


def score_document(gold: dict, predictions: Iterable[dict], scores: dict[str, TypeScore], doc: str) -> None:
    """Add one document's matches to `scores` (predictions are record dicts)."""
    by_type: dict[str, list[dict]] = {}
    for rec in predictions:
        by_type.setdefault(str(rec.get("type")), []).append(rec)
    optional = gold.get("optional") or {}
    for kind, key in GOLD_LISTS.items():
        same = MATCHERS[kind]
        tally = scores[kind]
        preds = by_type.get(kind, [])
        taken = [False] * len(preds)
        found: list[dict] = []
        for g in gold.get(key) or []:
            i = next((i for i, p in enumerate(preds) if not taken[i] and same(g, p)), None)
            if i is None:
                tally.fn += 1
                tally.misses.append((doc, g))
                continue
            taken[i] = True
            tally.tp += 1
            found.append(g)
            if kind in ATTRIBUTES and g.get(ATTRIBUTES[kind][0]) is not None:
                gold_key, pred_key, default = ATTRIBUTES[kind]
                tally.attr_total += 1
                tally.attr_right += str(g[gold_key]).casefold() == str(preds[i].get(pred_key) or default).casefold()
        for i, p in enumerate(preds):
            if taken[i] or any(same(g, p) for g in found) or any(same(o, p) for o in optional.get(key) or []):
                continue
            tally.fp += 1
            tally.extras.append((doc, p))


def evaluate_folder(gold_dir: str | Path, *, model: str | None = None) -> Scores:
    """Run the pipeline over every document with a gold file under `gold_dir` and score it."""
    root = Path(gold_dir)
    gold_files = sorted(root.rglob("*.gold.json"))
    if not gold_files:
        raise CtipError(f"{root}: no *.gold.json files")
    nlp = load(model)
    scores = {kind: TypeScore() for kind in GOLD_LISTS}
    errors = []
    for gold_path in gold_files:
        stem = gold_path.name[: -len(".gold.json")]
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            errors.append(f"{gold_path}: unreadable gold file: {exc}")
            continue
        source = next((gold_path.with_name(stem + s) for s in DOC_SUFFIXES if gold_path.with_name(stem + s).exists()), None)
        predictions: list[dict] = []
        if source is None:
            errors.append(f"{gold_path}: no document beside it")
        else:
            for item in iter_documents(source):
                if isinstance(item, DocumentError):
                    errors.append(str(item))
                    continue
                try:
                    facts = extract_document(item, nlp)
                except Exception as exc:  # score what can be scored; say what failed
                    errors.append(f"{item.source}: internal error: {type(exc).__name__}: {exc}")
                    continue
                predictions.extend(r.model_dump(mode="json") for r in facts.records)
        score_document(gold, predictions, scores, stem)
    return Scores(documents=len(gold_files), types=scores, errors=errors)


def render_scores(scores: Scores, *, show: bool = False) -> str:
    """A table of per-type scores (and, with `show`, every miss and extra)."""
    lines = [f"{'type':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}  attribute"]
    for name, t in scores.types.items():
        attr = f"{ATTRIBUTES[name][0]} {t.attr_right / t.attr_total:.3f}" if name in ATTRIBUTES and t.attr_total else ""
        lines.append(f"{name:<16}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}  {attr}")
    lines.append(f"macro F1: {scores.macro_f1:.3f} over {scores.documents} documents")
    lines.extend(f"error: {e}" for e in scores.errors)
    if show:
        for name, t in scores.types.items():
            lines.extend(f"MISS  {name:<15}{doc}: {json.dumps(g, ensure_ascii=False)}" for doc, g in t.misses)
            for doc, p in t.extras:
                shown = {k: p.get(k) for k in ("text", "value", "unit", "name", "country", "tier") if p.get(k) is not None}
                lines.append(f"EXTRA {name:<15}{doc}: {json.dumps(shown, ensure_ascii=False)}")
    return "\n".join(lines)
