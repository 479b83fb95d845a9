"""Reading the rule data under models/: located with importlib.resources, validated on load.

A malformed file raises RuleFileError naming the file and line.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import RuleFileError


def models_dir() -> Path:
    """The folder holding config.cfg, patterns/ and lexicons/ (shipped inside the package)."""
    return Path(str(resources.files("ctip_extract") / "models"))


def model_path(name: str) -> Path:
    """An absolute path as given, else a path relative to models/."""
    path = Path(name)
    return path if path.is_absolute() else models_dir() / path


def _read_lines(name: str) -> tuple[Path, list[str]]:
    path = model_path(name)
    try:
        return path, path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None


@lru_cache(maxsize=None)
def read_word_list(name: str) -> tuple[str, ...]:
    """Non-blank lines of a text file, `#` comments removed."""
    _, lines = _read_lines(name)
    words = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return tuple(words)


def read_jsonl(name: str, *, required: tuple[str, ...] = (), allowed: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Objects of a JSONL rule file, each checked for `required` keys and, if given, only `allowed` keys."""
    path, lines = _read_lines(name)
    rows = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleFileError(str(path), f"not JSON: {exc.msg}", line=lineno) from None
        if not isinstance(row, dict):
            raise RuleFileError(str(path), "each line must be a JSON object", line=lineno)
        missing = [k for k in required if k not in row]
        if missing:
            raise RuleFileError(str(path), f"missing key(s) {', '.join(missing)}", line=lineno)
        if allowed is not None:
            unknown = sorted(set(row) - set(allowed))
            if unknown:
                raise RuleFileError(
                    str(path), f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}", line=lineno
                )
        rows.append(row)
    return rows


def read_json(name: str) -> Any:
    """A JSON rule file."""
    path = model_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleFileError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise RuleFileError(str(path), f"not JSON: {exc.msg}", line=exc.lineno) from None
