"""Shared fixtures: one rule pipeline for the whole session (no model, no network)."""

from __future__ import annotations

import pytest

import ctip_extract
from ctip_extract.records import DocumentFacts


@pytest.fixture(scope="session")
def nlp():
    return ctip_extract.load()


@pytest.fixture(scope="session")
def run_text(nlp):
    """Extract facts from a text with the shared pipeline: run_text(text, published=None, kind=None)."""

    def _run(text: str, published: str | None = None, kind: str | None = None) -> DocumentFacts:
        return ctip_extract.extract(text, published=published, kind=kind, nlp=nlp)

    return _run
