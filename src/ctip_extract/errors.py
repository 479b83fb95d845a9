"""The exceptions ctip-extract raises: one base class, one subclass a cause."""

from __future__ import annotations


class CtipError(Exception):
    """Base class of every error this package raises on purpose."""


class DocumentError(CtipError):
    """A document cannot be read: names the source and the reason."""

    def __init__(self, source: str, reason: str, *, doc_id: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.doc_id = doc_id
        super().__init__(f"{source}: {reason}")


class RuleFileError(CtipError):
    """A pattern or lexicon file under models/ is malformed: names file and line."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class OutputExistsError(CtipError):
    """An output file exists and overwriting was not asked for."""
