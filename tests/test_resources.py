"""Rule data under models/: found inside the package, validated on load with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import ctip_extract
from ctip_extract.errors import RuleFileError
from ctip_extract.rules.resources import models_dir, read_json, read_jsonl, read_word_list


def test_models_ship_inside_the_package() -> None:
    root = models_dir()
    assert (root / "config.cfg").is_file()
    assert Path(ctip_extract.__file__).parent in root.parents or root.parent == Path(ctip_extract.__file__).parent


@pytest.mark.parametrize(
    ("content", "kwargs", "message"),
    [
        ('{"id": "a"}\n{"id": "b", "pattern": \n', {}, ":2: not JSON"),
        ('{"id": "a"}\n["not", "an", "object"]\n', {}, ":2: each line must be a JSON object"),
        ('{"id": "a"}\n', {"required": ("id", "pattern")}, ":1: missing key(s) pattern"),
        ('{"id": "a", "patern": []}\n', {"allowed": ("id", "pattern")}, ":1: unknown key(s) patern; allowed: id, pattern"),
    ],
)
def test_bad_jsonl_rules_name_file_and_line(tmp_path: Path, content: str, kwargs: dict, message: str) -> None:
    path = tmp_path / "rules.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        read_jsonl(str(path), **kwargs)
    assert str(path) in str(info.value) and message in str(info.value)


def test_comments_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    rules = tmp_path / "r.jsonl"
    rules.write_text('// a comment\n\n{"id": "x"}\n', encoding="utf-8")
    assert read_jsonl(str(rules)) == [{"id": "x"}]
    words = tmp_path / "w.txt"
    words.write_text("# header\nLt  # rank\n\nCol\n", encoding="utf-8")
    assert read_word_list(str(words)) == ("Lt", "Col")


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        read_word_list(str(tmp_path / "absent.txt"))
    broken = tmp_path / "b.json"
    broken.write_text('{"a": 1,\n "b": }', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"b\.json:2: not JSON"):
        read_json(str(broken))


def test_a_bad_rule_file_stops_the_pipeline_when_it_is_built(tmp_path: Path) -> None:
    config = (models_dir() / "config.cfg").read_text(encoding="utf-8")
    bad = tmp_path / "abbreviations.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    config = config.replace('abbreviations = "lexicons/abbreviations.txt"', f'abbreviations = "{bad}"')
    cfg = tmp_path / "config.cfg"
    cfg.write_text(config, encoding="utf-8")
    with pytest.raises(RuleFileError, match="abbreviations.txt"):
        ctip_extract.load(config=cfg)
