"""The one place that builds the spaCy pipeline from models/config.cfg."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import load_config, load_model_from_config

from . import components  # noqa: F401  (registers the ctip_* factories)
from .rules.resources import models_dir
from .tokenizer import adapt as adapt_tokenizer

log = logging.getLogger(__name__)

MAX_CHARACTERS = 20_000_000


def load(model: str | Path | None = None, *, config: str | Path | None = None) -> Language:
    """The rule pipeline. With `model`, an installed spaCy pipeline (name or path) runs first
    and its tagger, parser and NER become available to the rules; nothing is downloaded."""
    cfg_path = Path(config) if config else models_dir() / "config.cfg"
    cfg = load_config(cfg_path)
    if model is None:
        nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
        # spaCy's 1M-character guard protects parsers' memory; the rules are linear, and a
        # whole TIP Report is ~4M characters. The batch runner's --max-bytes is the real bound.
        nlp.max_length = MAX_CHARACTERS
        adapt_tokenizer(nlp)
        return nlp
    nlp = spacy.load(model)
    adapt_tokenizer(nlp)
    has_sentences = any(name in nlp.pipe_names for name in ("parser", "senter", "sentencizer"))
    for name in cfg["nlp"]["pipeline"]:
        if name == "ctip_sentences" and has_sentences:
            continue
        comp_cfg = dict(cfg["components"][name])
        factory = comp_cfg.pop("factory")
        nlp.add_pipe(factory, name=name, config=comp_cfg)
    log.info("pipeline %s + ctip rules: %s", model, nlp.pipe_names)
    return nlp


@lru_cache(maxsize=4)
def shared_pipeline(model: str | None = None) -> Language:
    """A pipeline built once per process and reused (for `extract` and batch workers)."""
    return load(model)
