"""Tables in a document's text. The loaders write each row of a Markdown or HTML table as one line of cells
joined by " | ", the header first; a table here is a run of such lines. The quantity, date and tier rules read
tables through this module only, so they agree on where a table starts, which line is its header and where
each cell lies in the text.

>>> table, = read_tables("Year | Convictions\\n2022 | 16\\n2023 | 21")
>>> table.titles, [[c.text for c in row.cells] for row in table.rows]
(('Year', 'Convictions'), [['2022', '16'], ['2023', '21']])
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Cell:
    """One cell: its words without the spaces around them, and where they start in the text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Row:
    """One line of a table: its offsets in the text and its cells, left to right."""

    start: int
    end: int
    cells: tuple[Cell, ...]

    def column_at(self, pos: int) -> int:
        """The index of the cell holding character offset `pos` (a position on this line)."""
        return max(0, bisect_right([c.start for c in self.cells], pos) - 1)


@dataclass(frozen=True)
class Table:
    """A header line and the lines under it. `rows` keeps every line, whatever its number of cells: a rule
    that reads cells by column takes `full_rows()`, the rows with as many cells as the header."""

    header: Row
    rows: tuple[Row, ...]

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.header.cells)

    @property
    def end(self) -> int:
        return self.rows[-1].end if self.rows else self.header.end

    def full_rows(self) -> list[Row]:
        width = len(self.header.cells)
        return [row for row in self.rows if len(row.cells) == width]


def read_tables(text: str) -> list[Table]:
    """Every table of `text`, in order: runs of at least two consecutive lines holding " | "."""
    if CELL_SEPARATOR not in text:
        return []
    tables: list[Table] = []
    run: list[Row] = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if CELL_SEPARATOR in line:
            run.append(_row(line, start))
            continue
        if len(run) > 1:
            tables.append(Table(run[0], tuple(run[1:])))
        run = []
    if len(run) > 1:
        tables.append(Table(run[0], tuple(run[1:])))
    return tables


def cell_at(tables: list[Table], pos: int) -> tuple[Table, Row, int] | None:
    """(table, row, column) of the body cell holding character offset `pos`; None outside every table's body
    (a header's cell is a title, not a value)."""
    k = bisect_right([t.header.start for t in tables], pos) - 1
    if k < 0 or pos >= tables[k].end:
        return None
    table = tables[k]
    i = bisect_right([r.start for r in table.rows], pos) - 1
    if i < 0:
        return None
    row = table.rows[i]
    return table, row, row.column_at(pos)


def _row(line: str, start: int) -> Row:
    cells: list[Cell] = []
    at = start
    for raw in line.split(CELL_SEPARATOR):
        words = raw.strip()
        cells.append(Cell(words, at + len(raw) - len(raw.lstrip())))
        at += len(raw) + len(CELL_SEPARATOR)
    return Row(start, start + len(line), tuple(cells))
