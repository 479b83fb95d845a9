"""The table reader the quantity, date and tier rules share (rules/tables.py)."""

import pytest

from ctip_extract.rules.tables import cell_at, read_tables

GRANTS = (
    "Outcomes by country, 2023\n"
    "Country | Survivors assisted | Grant (US$)\n"
    "Nepal |  412 | 85,000\n"
    "Bangladesh | 230\n"
    "Sri Lanka | 97 | 40,500\n"
    "\n"
    "Figures are provisional.\n"
    "Year | Convictions\n"
    "2022 | 16"
)


def test_runs_of_cell_lines_are_tables_with_their_header_first() -> None:
    first, second = read_tables(GRANTS)
    assert first.titles == ("Country", "Survivors assisted", "Grant (US$)")
    assert [[c.text for c in row.cells] for row in first.rows] == [
        ["Nepal", "412", "85,000"], ["Bangladesh", "230"], ["Sri Lanka", "97", "40,500"]]
    assert second.titles == ("Year", "Convictions")
    assert [c.text for c in second.rows[0].cells] == ["2022", "16"]


def test_full_rows_leave_out_rows_short_of_the_header() -> None:
    table = read_tables(GRANTS)[0]
    assert [row.cells[0].text for row in table.full_rows()] == ["Nepal", "Sri Lanka"]


def test_cell_offsets_point_at_the_cell_words_in_the_text() -> None:
    for table in read_tables(GRANTS):
        for row in (table.header, *table.rows):
            assert GRANTS[row.start:row.end] == GRANTS[row.start:].split("\n")[0]
            for cell in row.cells:
                assert GRANTS[cell.start:cell.end] == cell.text


@pytest.mark.parametrize("words, expected", [
    ("412", ("Nepal", 1)),
    ("40,500", ("Sri Lanka", 2)),
    ("16", ("2022", 1)),
])
def test_cell_at_finds_the_row_and_column_of_a_body_cell(words: str, expected: tuple[str, int]) -> None:
    tables = read_tables(GRANTS)
    _, row, column = cell_at(tables, GRANTS.index(words))
    assert (row.cells[0].text, column) == expected


@pytest.mark.parametrize("words", ["Survivors assisted", "Outcomes by country", "provisional"])
def test_cell_at_is_none_in_a_header_or_outside_tables(words: str) -> None:
    assert cell_at(read_tables(GRANTS), GRANTS.index(words)) is None


@pytest.mark.parametrize("text", [
    "Victims | identified in 2023 were 45.",  # one line holding the separator is no table
    "No table here at all.",
    "",
])
def test_a_text_without_two_cell_lines_has_no_table(text: str) -> None:
    assert read_tables(text) == []
