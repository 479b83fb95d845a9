"""spaCy components: Doc in, `doc.spans["ctip_*"]` out. Importing this module registers the factories."""

from . import actors, dates, extensions, quantities, sentences, tier_statements  # noqa: F401

__all__ = ["actors", "dates", "extensions", "quantities", "sentences", "tier_statements"]
