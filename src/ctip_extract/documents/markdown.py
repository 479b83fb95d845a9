"""Markdown files: the text a reader of the rendered page sees.

Blog exports, newsletters and repository notes mark words up (`**IOM**`, `[the report](https://...)`,
`# headings`, `| tables |`); read as plain text, the marks and link addresses would sit inside the
names and figures the rules look for. markdown-it-py parses the file (CommonMark, with tables), and
the text is rebuilt from its tokens: a paragraph, heading, list item or block quote a paragraph of
its own, a table row a line with its cells between " | ", an image its alt text, a link its words.
"""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .decode import decode_bytes
from .document import Document
from .text import sidecar_document

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")


def load_markdown(path: Path, data: bytes) -> Document:
    """An .md file as one Document of its rendered text, with its sidecar's metadata."""
    return sidecar_document(path, markdown_text(decode_bytes(data, str(path))))


def markdown_text(source: str) -> str:
    """The rendered text of Markdown `source`: blocks separated by blank lines, a table one block of
    lines, a row a line ("Cambodia | 2021 | 312"), a paragraph's own line breaks kept."""
    blocks: list[str] = []
    table: list[str] | None = None
    row: list[str] | None = None
    for token in _PARSER.parse(source):
        kind = token.type
        if kind == "table_open":
            table = []
        elif kind == "table_close" and table is not None:
            blocks.append("\n".join(table))
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if table is not None:
                table.append(" | ".join(row))
            row = None
        elif kind == "inline":
            words = _inline_text(token)
            if row is not None:
                row.append(words)
            elif words:
                blocks.append(words)
        elif kind in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.rstrip("\n"))
    text = "\n\n".join(blocks)
    return text + "\n" if text else ""


def _inline_text(token: Token) -> str:
    """A block's words: text and code as written, line breaks kept, an image by its alt text (a caption),
    a link by its words (not its address), emphasis without its marks."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content or "")
    return "".join(parts).strip()
