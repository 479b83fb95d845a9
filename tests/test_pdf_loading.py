"""PDF loading: reading order, running heads, hyphenation, glyphs, paragraphs, pages.

The fixtures under tests/fixtures/pdf/ were made by tools/make_tip_pdf.py from
narratives.txt (text written for these tests); each has an .expected.json of
what was laid out, in reading order.
"""

from __future__ import annotations

import difflib
import json
import pickle
from functools import lru_cache
from pathlib import Path

import pytest

from ctip_extract.documents import load_document
from ctip_extract.documents.normalise import normalise_text
from ctip_extract.documents import pdf as pdf_package
from ctip_extract.documents.pdf import load_pdf
from ctip_extract.documents.pdf.cleanup import hyphen_glue, repair_quote_ligatures
from ctip_extract.documents.pdf.layout import (
    Fragment,
    Line,
    PageFlow,
    TextReader,
    breaks_before,
    find_columns,
    is_bold_font,
    is_heading,
    read_page,
)

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
SAMPLES = ("tip_sample", "tip_quirks")  # quirks: indented paragraphs, no space glyphs, quote glyphs
BACKENDS = ("plumber", "pdfium")


@lru_cache(maxsize=None)
def loaded(name: str, backend: str):
    return load_pdf(FIXTURES / f"{name}.pdf", backend=backend, workers=1)


@lru_cache(maxsize=None)
def expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def narrative_words(name: str) -> list[str]:
    words: list[str] = []
    for narrative in expected(name)["narratives"]:
        for paragraph in narrative["paragraphs"]:
            words += normalise_text(paragraph, keep_offsets=False).split()
    return words


def text_words(name: str, backend: str) -> list[str]:
    doc = loaded(name, backend)
    text = doc.text
    for caption in expected(name)["captions"]:
        text = text.replace(caption, " ")
    first = expected(name)["narratives"][0]["heading"]
    return text[text.index(first):].split()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", SAMPLES)
def test_reading_order_recovers_every_word_in_order(name, backend):
    want, got = narrative_words(name), text_words(name, backend)
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    diffs = [(want[a:b], got[c:d]) for op, a, b, c, d in matcher.get_opcodes() if op != "equal"]
    assert diffs == []


@pytest.mark.parametrize("name", SAMPLES)
def test_both_backends_give_the_same_text(name):
    assert loaded(name, "plumber").text == loaded(name, "pdfium").text


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", SAMPLES)
def test_paragraphs_and_headings_stand_on_lines_of_their_own(name, backend):
    lines = set(loaded(name, backend).text.split("\n"))
    for narrative in expected(name)["narratives"]:
        for paragraph in narrative["paragraphs"]:
            assert normalise_text(paragraph, keep_offsets=False) in lines
    for caption in expected(name)["captions"]:
        assert caption in lines


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("name", "printed"),
    [("tip_sample", [None, "ii", "1", "2", "3", "4"]), ("tip_quirks", ["97", "98", "99", "100"])],
)
def test_pages_cover_the_text_and_keep_printed_numbers(name, printed, backend):
    doc = loaded(name, backend)
    assert [p.number for p in doc.pages] == list(range(1, len(printed) + 1))
    assert [p.printed for p in doc.pages] == printed
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:]))
    for narrative in expected(name)["narratives"]:
        assert doc.page_at(doc.text.index(narrative["heading"])) == narrative["page"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", SAMPLES)
def test_running_heads_glyphs_and_split_words_do_not_reach_the_text(name, backend):
    text = loaded(name, backend).text
    assert "2018 TRAFFICKING IN PERSONS REPORT" not in text
    assert "\nCONGO, DEMOCRATIC REPUBLIC OF THE\n" not in text  # the odd pages' running head
    assert not set(text) & set("\ufb00\ufb01\ufb02\ufb03\ufb04\u0160\ufffe\x02\u00ad\u2022")
    assert "traffic-king" not in text and "identified" in text and "anti-trafficking" in text
    assert '"procuring prostitution,"' in text and "traffickers\u2014most" in text


def test_load_document_reads_pdfs_with_either_backend():
    for backend in ("auto", *BACKENDS):
        doc = load_document(FIXTURES / "tip_sample.pdf", pdf_backend=backend)
        assert doc.kind == "tip_report" and doc.doc_id == "tip_sample"
        assert doc.meta["pdf_backend"] == ("pdfium" if backend == "auto" else backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_processes_give_the_same_document(backend, monkeypatch):
    one = load_pdf(FIXTURES / "tip_sample.pdf", backend=backend, workers=1)
    # a chunk a page: the worker reads from the first page, this process from the last, and they meet
    monkeypatch.setattr(pdf_package, "CHUNK_PAGES", 1)
    two = load_pdf(FIXTURES / "tip_sample.pdf", backend=backend, workers=2)
    assert len(one.pages) > 2
    assert (one.text, one.pages, one.sections) == (two.text, two.pages, two.sections)


def test_a_line_survives_pickling_with_every_field():
    line = Line("Cambodia: Tier 2", kind="heading", bullet=True, indented=True, space_above=False, fill=0.42,
                size=11.5, block=3, room=17.0, lead=22.5)
    assert pickle.loads(pickle.dumps(line)) == line


# -- layout, as pure functions of fragments -----------------------------------


def frag(x0: float, top: float, x1: float, text: str, size: float = 9.0, bold: bool = False) -> Fragment:
    return Fragment(x0, top, x1, top + size, text, size, bold, bold, top + 0.8 * size)


def two_columns(rows: int = 8) -> list[Fragment]:
    out = []
    for i in range(rows):
        top = 100 + 11 * i
        out.append(frag(54, top, 297, f"left line {i} of justified column text"))
        out.append(frag(316, top + 4, 558, f"right line {i} of justified column text"))
    return out


@pytest.mark.parametrize(
    ("fragments", "columns"),
    [
        (two_columns(), 2),
        (two_columns() + [frag(54, 300, 558, "a caption across both columns, set in one line")], 2),
        ([frag(54, 100 + 11 * i, 558, f"one column line {i}") for i in range(10)], 1),
        # Short lines all on the left margin are not a second column.
        ([frag(54, 100 + 11 * i, 54 + 40 * (i % 4 + 1), f"item {i}") for i in range(10)], 1),
        # Headings above names: never side by side, so no gutter between them.
        ([frag(250, 100 + 40 * i, 330, f"TIER {i}", bold=True) for i in range(4)]
         + [frag(54, 120 + 40 * i, 150, f"Country {i}") for i in range(4)], 1),
    ],
)
def test_find_columns(fragments, columns):
    assert len(find_columns(fragments)) == columns


def test_read_page_reads_column_after_column_and_drops_head_and_number():
    fragments = [frag(54, 34, 250, "2018 TRAFFICKING IN PERSONS REPORT", 7.5), frag(300, 760, 310, "42", 8)]
    fragments += two_columns(20)
    page = read_page(1, 612, 792, fragments, TextReader())
    texts = [line.text for line in page.lines]
    assert texts == [f"left line {i} of justified column text" for i in range(20)] + [
        f"right line {i} of justified column text" for i in range(20)
    ]
    assert page.printed == "42" and page.heads == ["2018 TRAFFICKING IN PERSONS REPORT"]


def test_read_page_keeps_a_caption_box_whole_and_a_full_width_heading_in_place():
    fragments = [frag(54, 100 + 11 * i, 297, f"upper left {i}") for i in range(5)]
    fragments += [frag(316, 100 + 11 * i, 558, f"upper right {i}") for i in range(5)]
    fragments += [frag(230, 170, 380, "TIER 2 WATCH LIST", 11, bold=True)]
    fragments += [frag(54, 190 + 11 * i, 297, f"lower left {i}") for i in range(5)]
    fragments += [frag(316, 190 + 11 * i, 558, f"lower right {i}") for i in range(5)]
    page = read_page(1, 612, 792, fragments, TextReader())
    texts = [line.text for line in page.lines]
    assert texts.index("upper right 4") < texts.index("TIER 2 WATCH LIST") < texts.index("lower left 0")
    assert [ln.kind for ln in page.lines if ln.text == "TIER 2 WATCH LIST"] == ["heading"]


@pytest.mark.parametrize(
    ("name", "bold"),
    [("ABCDEF+Helvetica-Bold", True), ("BitstreamVeraSans-Bold", True), ("VeraBd", True),
     ("Arial,Bold", True), ("MinionPro-Semibold", True), ("Helvetica", False),
     ("ABCDEF+BitstreamVeraSans-Roman", False), ("TimesNewRoman,Italic", False)],
)
def test_is_bold_font(name, bold):
    assert is_bold_font(name) is bold


@pytest.mark.parametrize(
    ("text", "bold", "heading"),
    [
        ("CAMBODIA: TIER 2", False, True),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2 WATCH LIST", False, True),
        ("PROSECUTION", True, True),
        ("TRAFFICKING PROFILE", False, True),
        ("PRIORITIZED RECOMMENDATIONS:", True, True),
        ("the government did not report any convictions", False, False),
        ("UNICEF.", False, False),  # the short last line of a paragraph
        ("Officials reported arresting 14 suspects.", True, False),  # a bold sentence is not a heading
    ],
)
def test_is_heading(text, bold, heading):
    assert is_heading(text, bold) is heading


def line(text: str, **kw) -> Line:
    return Line(text=text, **kw)


@pytest.mark.parametrize(
    ("prev", "cur", "breaks"),
    [
        (line("a full line of text that runs to the edge"), line("and goes on"), False),
        (line("the last line of a paragraph.", fill=0.5), line("A new one starts"), True),
        (line("a line cut in traf-", fill=0.5), line("ficking victims"), False),
        (line("full line"), line("indented first line", indented=True), True),
        (line("full line"), line("more space above", space_above=True), True),
        (line("full line"), line("a bullet item", bullet=True), True),
        (line("PROSECUTION", kind="heading"), line("The government"), True),
        (line("Cambodia", fill=0.2), line("Thailand", fill=0.2), True),  # a list, one item a line
        (None, line("continues from the last page"), False),
    ],
)
def test_breaks_before(prev, cur, breaks):
    assert breaks_before(prev, cur) is breaks


WORDS = {"trafficking", "forced", "victim", "centered", "labor", "payments", "pay", "demand"}


@pytest.mark.parametrize(
    ("head", "tail", "glue"),
    [
        ("efforts to end traf-", "ficking in persons", ""),  # joined word is in the document
        ("victims of for-", "ced labor", ""),
        ("a victim-", "centered approach", "-"),  # two words: a compound
        ("the anti-", "slavery law", "-"),  # a prefix that takes a hyphen
        ("pay-", "ments to brokers", ""),  # "ments" is no word
        ("for mid-", "and long-term plans", "- "),  # a suspended hyphen
        ("the dem-", "and for labor", ""),  # ... unless the joined word is known
        ("Sub-", "Saharan Africa", "-"),  # capitals: a name
        ("COVID-", "19 measures", "-"),
    ],
)
def test_hyphen_glue(head, tail, glue):
    assert hyphen_glue(head, tail, WORDS, {"anti-slavery"}) == glue


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("judges called it fiprocuring prostitution,fl a lesser offense",
         'judges called it "procuring prostitution," a lesser offense'),
        ("the fifth fiscal year filed in the first field", "the fifth fiscal year filed in the first field"),
        ("so-called fitransport debtsfl remained", 'so-called "transport debts" remained'),
    ],
)
def test_repair_quote_ligatures(raw, fixed):
    page = PageFlow(1, [Line(raw)])
    repair_quote_ligatures([page])
    assert page.lines[0].text == fixed


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["BOSNIA AND HERZEGOVINA: TIER 2 WATCH", "LIST"], ["BOSNIA AND HERZEGOVINA: TIER 2 WATCH LIST"]),
        (["BOSNIA AND HERZEGOVINA: TIER 2", "WATCH LIST"], ["BOSNIA AND HERZEGOVINA: TIER 2 WATCH LIST"]),
        (["CONGO, DEMOCRATIC REPUBLIC OF", "THE: TIER 2"], ["CONGO, DEMOCRATIC REPUBLIC OF THE: TIER 2"]),
        (["CAMBODIA: TIER 2", "PRIORITIZED RECOMMENDATIONS:"],
         ["CAMBODIA: TIER 2", "PRIORITIZED RECOMMENDATIONS:"]),
    ],
)
def test_a_wrapped_heading_becomes_one_line(lines, joined):
    fragments = [frag(54, 100 + 14 * i, 54 + 7 * len(t), t, 12, bold=True) for i, t in enumerate(lines)]
    fragments += [frag(54, 100 + 14 * len(lines) + 11 * i, 297, f"body text line {i}") for i in range(6)]
    page = read_page(1, 612, 792, fragments, TextReader())
    assert [ln.text for ln in page.lines if ln.kind == "heading"] == joined


# -- the quick paths of text assembly give what the plain ones give ------------


def normalised_as_one_text(texts: list[str]) -> list[str]:
    """What `normalise_lines` promises: every line through normalise_text as one text."""
    from ctip_extract.documents.normalise import uses_pdf_quote_glyphs
    from ctip_extract.documents.pdf.cleanup import _quote_glyphs

    joined = "\n".join(texts)
    fixed = normalise_text(joined, keep_offsets=False).split("\n")
    if len(fixed) != len(texts):
        quirk = uses_pdf_quote_glyphs(joined)
        fixed = [normalise_text(_quote_glyphs(t, quirk), keep_offsets=False) for t in texts]
    return [" ".join(t.split()) for t in fixed]


@pytest.mark.parametrize(
    "texts",
    [
        ["plain ascii text", "the \u201cvictims\u201d said \u2014 twice", "\ufb01ve of\ufb01cials", "a\ttab"],
        ["he called it \ufb01procuring\ufb02 a crime", "plain text", "wordsS\u0160and more"],  # quote glyphs
        ["caf\u00c3\u00a9 owners", "plain ascii"],  # mojibake: repaired over the whole text
        ["one\u2028two", "plain"],  # a repair that splits a line
        ["carriage\r", "return"],
        ["  spaced   out ", "plain"],  # nothing but ASCII
        ["a line\nwith a break", "caf\u00e9"],
    ],
)
def test_normalise_lines_is_normalising_the_whole_text(texts):
    from ctip_extract.documents.pdf.cleanup import normalise_lines

    page = PageFlow(1, [Line(t) for t in texts])
    normalise_lines([page])
    assert [ln.text for ln in page.lines] == normalised_as_one_text(texts)


def test_quote_quirk_and_vocabulary_read_every_line():
    from ctip_extract.documents.normalise import uses_pdf_quote_glyphs
    from ctip_extract.documents.pdf.cleanup import _WORD, quote_quirk, vocabulary

    texts = ["So-Called Anti-Trafficking law", "the \u212aelvin and \u0130stanbul cases", "ends with a traf-",
             "called it \ufb01procuring\ufb02 then", "O'Neil's well-paid staff"]
    pages = [PageFlow(1, [Line(t) for t in texts[:2]]), PageFlow(2, [Line(t) for t in texts[2:]])]
    assert quote_quirk(pages) is uses_pdf_quote_glyphs("\n".join(texts)) is True
    words, hyphenated = set(), set()
    for t in texts:
        tokens = _WORD.findall(t)[1:-1 if t.endswith("-") else None]
        for token in (tok.lower() for tok in tokens):
            (hyphenated if "-" in token else words).add(token)
    assert vocabulary(ln for page in pages for ln in page.lines) == (words, hyphenated)


def test_pdfium_calls_without_argument_checks_read_the_same(monkeypatch):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from ctip_extract.documents.pdf import pdfium as backend

    def fragments() -> list:
        doc = pdfium.PdfDocument(str(FIXTURES / "tip_quirks.pdf"))
        try:
            out = []
            for page in doc:
                textpage = page.get_textpage()
                out.append(backend.page_fragments(textpage, page.get_size()[1]))
                textpage.close()
                page.close()
            return out
        finally:
            doc.close()

    assert all(not f.argtypes for f in backend._unchecked())  # the quick calls are in use
    quick = fragments()
    checked = tuple(getattr(pdfium_c, name) for name, _ in backend._UNCHECKED)
    monkeypatch.setattr(backend, "_unchecked", lambda: checked)
    assert fragments() == quick and any(quick)


def test_gutter_search_takes_runs_sticking_out_of_the_region() -> None:
    """A run reaching past the region searched (a caption wider than the page's text block) is cut to
    the region: two columns are still found, and nothing indexes outside the bins."""
    from ctip_extract.documents.pdf.layout import Fragment, _find_gutter

    left = [Fragment(50, 100 + 12 * i, 270, 110 + 12 * i, "left column text") for i in range(20)]
    right = [Fragment(300, 100 + 12 * i, 520, 110 + 12 * i, "right column text") for i in range(20)]
    stray = [Fragment(40, 400, 262, 410, "starts before the region"), Fragment(310, 420, 560, 430, "ends after it")]
    gutter = _find_gutter(left + right + stray, 50, 520)
    assert gutter is not None and 262 <= gutter[0] < gutter[1] <= 310
