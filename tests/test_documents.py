"""Loaders: text with sidecars, HTML, JSONL, normalisation, and the errors bad files give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctip_extract.documents import discover, iter_documents, load_document
from ctip_extract.documents.document import Document, Page, normalise_published, parse_published
from ctip_extract.documents.normalise import normalise_text, repair_if_broken, unwrap_lines, uses_pdf_quote_glyphs
from ctip_extract.errors import DocumentError


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cambodia\u2019s \u201cCTIP\u201d", "Cambodia's \"CTIP\""),
        ("20\u201330 victims", "20-30 victims"),
        ("US$\u00a05m", "US$ 5m"),
        ("line one\r\nline two", "line one \nline two"),
        # TIP text whose quotes came out as fi/fl ligatures and dashes as S-caron
        ("released on \ufb01judicial supervision\ufb02 pending trial", 'released on "judicial supervision" pending trial'),
        ("operations\u0160a factor", "operations\u2014a factor"),
        ("a \ufb01plan\ufb02 for 2017\u01522021", 'a "plan" for 2017-2021'),  # OE ligature for an en dash
        ("trained 720 officials.\u00b2 The", "trained 720 officials.  The"),  # a footnote mark
    ],
)
def test_one_for_one_normalisation_keeps_length(raw: str, expected: str) -> None:
    out = normalise_text(raw)
    assert out == expected
    assert len(out) == len(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the \ufb01nancial of\ufb01ce", "the financial office"),  # real ligatures expand
        ("Cambodia\u00e2\u20ac\u2122s programme", "Cambodia's programme"),  # UTF-8 read as cp1252
        ("anti\u00adtrafficking", "antitrafficking"),
    ],
)
def test_repairs_that_move_offsets(raw: str, expected: str) -> None:
    assert repair_if_broken(raw) == expected


def test_real_ligatures_are_not_taken_for_quotes() -> None:
    assert not uses_pdf_quote_glyphs("the \ufb01rst of\ufb01cial \ufb02ight")
    assert uses_pdf_quote_glyphs("said \ufb01no\ufb02 twice")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2018-10-01", "2018-10-01"), ("2018-10", "2018-10"), ("2018", "2018"),
     ("2019-08-26T10:00:00+03:00", "2019-08-26"), ("yesterday", None), ("2018-13-01", None), (None, None),
     # feeds and dumps: e-mail/RSS dates, written dates at their precision, Unix time, compact ISO
     ("Thu, 15 Jun 2023 08:00:00 GMT", "2023-06-15"), ("June 15, 2023", "2023-06-15"), ("15/06/2023", "2023-06-15"),
     ("June 2023", "2023-06"), ("Monday, 3 July 2023", "2023-07-03"), ("1686816000", "2023-06-15"),
     (1686816000000, "2023-06-15"), ("20230615", "2023-06-15"), ("last week", None), ("15 June", None)],
)
def test_published_keeps_its_precision(value, expected) -> None:
    assert normalise_published(value) == expected


def test_parse_published_reads_partial_dates_as_first_day() -> None:
    assert str(parse_published("2018-10")) == "2018-10-01"
    assert str(parse_published("2018")) == "2018-01-01"


def test_markdown_is_read_as_its_rendered_text(tmp_path: Path) -> None:
    from ctip_extract import extract_file

    source = ("# Shelter results, 2023\n\n"
              "**Authors:** Dara Okonkwo, Lin Thu Aung\n\n"
              "The [Harbour Light Foundation](https://example.org/hlf) sheltered **86 girls** in *2023*.\n\n"
              "| Country | Year | Cases investigated | Persons convicted |\n"
              "|---------|------|-------------------:|------------------:|\n"
              "| Cambodia | 2022 | 287 | 104 |\n"
              "| Vietnam | 2022 | 121 | 189 |\n\n"
              "![Girls at the shelter's kitchen](https://example.org/img.jpg)\n\n"
              "- 40 of them went back to school\n- 12 found work\n")
    path = write(tmp_path, "note.md", source)
    write(tmp_path, "note.meta.json", json.dumps({"published": "2024-02-01"}))
    doc = load_document(path)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Shelter results, 2023"
    assert "The Harbour Light Foundation sheltered 86 girls in 2023." in paragraphs
    assert "Country | Year | Cases investigated | Persons convicted\nCambodia | 2022 | 287 | 104" in doc.text
    assert "Girls at the shelter's kitchen" in paragraphs and "https://" not in doc.text and "**" not in doc.text
    facts = extract_file(path)[0]
    units = {q.value: q.unit for q in facts.quantities}
    assert units[86] == "girls" and units[287] == "Cases investigated" and units[104] == "Persons convicted"
    assert "Harbour Light Foundation" in {a.name for a in facts.actors}


def test_iter_documents_takes_a_path_as_a_string(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "The NCCT trained 1,577 officers.\n")
    (doc,) = iter_documents(str(path))
    assert isinstance(doc, Document) and doc.doc_id == "story"


def test_text_file_with_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "story.txt", "The NCCT trained 1,577 officers.\n")
    write(tmp_path, "story.meta.json", json.dumps({"published": "2018-10", "title": "T", "kind": "news"}))
    doc = load_document(tmp_path / "story.txt")
    assert doc.doc_id == "story"
    assert doc.published == "2018-10"
    assert doc.title == "T"
    assert doc.text.startswith("The NCCT trained 1,577 officers.")


def test_offsets_of_a_text_file_are_the_files_characters(tmp_path: Path) -> None:
    raw = "\u201cWe helped 108 victims,\u201d she said \u2014 twice.\n"
    path = write(tmp_path, "q.txt", raw)
    doc = load_document(path)
    i = raw.index("108")
    assert doc.text[i:i + 3] == "108"
    assert len(doc.text) == len(raw)


def test_html_visible_text_and_published_date(tmp_path: Path) -> None:
    html = """<html><head><title>Raid</title>
    <meta property="article:published_time" content="2021-03-04T09:00:00Z">
    <script>var hidden = "1,000 victims";</script><style>p {}</style></head>
    <body><nav>Menu</nav><h1>Raid frees workers</h1><p>Police freed <b>42</b> workers&nbsp;on Friday.</p>
    <p>Second paragraph.</p></body></html>"""
    doc = load_document(write(tmp_path, "raid.html", html))
    assert doc.published == "2021-03-04"
    assert "Police freed 42 workers on Friday." in doc.text
    assert "1,000" not in doc.text
    assert "Raid frees workers\n\nPolice freed" in doc.text


def test_tip_report_text_has_its_narrative_sections(tmp_path: Path) -> None:
    text = ("GHANA: TIER 2\n\nThe Government of Ghana does not fully meet the minimum standards.\n\n"
            "PROSECUTION\n\nThe government prosecuted 29 suspects.\n")
    path = write(tmp_path, "ghana.txt", text)
    write(tmp_path, "ghana.meta.json", json.dumps({"kind": "tip_report", "published": "2018-06-28"}))
    doc = load_document(path)
    assert [(s.label, s.country) for s in doc.sections] == [("narrative", "GHA"), ("prosecution", "GHA")]
    from ctip_extract import extract_file

    facts = extract_file(path)[0]
    assert [(q.value, q.section) for q in facts.quantities] == [(29, "prosecution")]
    # the same text as news has no sections
    write(tmp_path, "ghana.meta.json", json.dumps({"kind": "news"}))
    assert load_document(path).sections == ()


HTML_FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_html_news_page_keeps_the_article_and_drops_the_page_furniture() -> None:
    doc = load_document(HTML_FIXTURES / "plantation-raid.html")
    assert doc.meta["html_text"] == "article"
    assert doc.published == "2023-05-12"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Police free 63 workers from Sabah plantation"  # the headline first
    assert paragraphs[1] == "By Amy Tan, Reuters | May 12, 2023"  # the byline, not the share bar after it
    assert "Malaysian police freed 63 Indonesian workers" in paragraphs[2]
    assert "Workers wait at a police station in Tawau. (Photo: Reuters)" in paragraphs  # a caption in the article
    assert paragraphs[-1].startswith("Malaysia was upgraded to Tier 2 Watch List")
    for furniture in ("cookies", "Share on Facebook", "Related stories", "Most read", "250,000 readers",
                      "Privacy Policy", "1-800-555-0100", "Home > World"):
        assert furniture not in doc.text


_BODY = "".join(
    f"<p>{sentence} The agency said {n} more people had been helped since then in the state's three shelters.</p>"
    for n, sentence in enumerate([
        "Officers of the state agency rescued 23 children from a cassava farm near Ijebu-Ode on Tuesday.",
        "The children, 14 boys and nine girls, had been brought from Benue and Kogi states to work.",
        "Two men who ran the farm were arrested and will be charged in court in Abeokuta next week.",
        "The commander of the unit said the children would be returned to their families.",
    ], start=40))


def _page(header: str, article: bool = True, extra: str = "") -> str:
    story = (f"<h1>Agency rescues 23 children from Ijebu-Ode farm</h1>{header}"
             f"<figure><figcaption>Rescued children at the agency's office. Photo: Segun Adeyemi</figcaption></figure>"
             f"{_BODY}")
    wrapped = f"<article>{story}</article>" if article else f"<div class='story'>{story}</div>"
    return (f"<html><head><title>Rescue</title><meta property='article:published_time' content='2023-08-17'></head>"
            f"<body><nav><a>Home</a> <a>News</a></nav>{wrapped}{extra}<footer>© The Ledger</footer></body></html>")


@pytest.mark.parametrize(("header", "article", "extra", "line"), [
    # a byline built of several elements reads as one line
    ("<div class='td-post-author-name'><div class='td-author-by'>By</div> <a href='/a/1'>Segun Adeyemi</a>, "
     "Abeokuta<div class='td-author-line'> - </div></div><div class='comments'><a>14</a></div>",
     True, "", "By Segun Adeyemi, Abeokuta"),
    # a byline element that also holds the dates gives way to the one inside it
    ("<div class='byline-wrapper'><span class='byline'>By <a>Segun Adeyemi</a></span>"
     "<div class='dates'><span>Published: August 17, 2023 at 7:42 AM WAT</span> | <span>Updated: 3 hours ago</span>"
     "</div></div>", True, "", "By Segun Adeyemi"),
    # a name and a job, no "By", after a standfirst of twenty words and more
    ("<p class='standfirst'>The children, aged between eight and 15, were lured from Benue and Kogi states with "
     "promises of schooling, only to be made to work on the farm.</p>"
     "<div class='meta'><span class='hp-byline'>Segun Adeyemi, Courts Reporter</span> "
     "<span class='hp-dateline'>Thu 17 Aug 2023</span></div>", True, "", "Segun Adeyemi, Courts Reporter"),
    # a byline element holding a name's element and a date's: the name's
    ("<div class='gm-byline'><span class='gm-byline__name'>By Segun Adeyemi</span>"
     "<span class='gm-byline__date'>Published: <time datetime='2023-08-17'>Thu 17 Aug 2023, 6:00 AM</time></span></div>",
     True, "", "By Segun Adeyemi"),
    # no <article>: the page's first byline, not a teaser's further down
    ("<div class='kn-byline'><span class='kn-author' itemprop='author'>Segun Adeyemi</span></div>", False,
     "<aside><h3>Most read</h3><p class='byline'>By Tunde Okafor</p></aside>"
     "<div class='teaser'><h3>Flood kills 40 in Kogi</h3><p class='byline'>By Ada Eze</p></div>", "Segun Adeyemi"),
])
def test_html_byline_markup_becomes_one_line_of_the_article(tmp_path: Path, header, article, extra, line) -> None:
    path = write(tmp_path, "rescue.html", _page(header, article, extra))
    doc = load_document(path)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Agency rescues 23 children from Ijebu-Ode farm"
    assert line in paragraphs
    assert paragraphs.index(line) < paragraphs.index(next(p for p in paragraphs if p.startswith("Officers of")))
    dated = "<time" in header  # a date line of its own under the byline is the article's: a reader sees it there
    for furniture in ("Tunde Okafor", "Ada Eze", "Updated", "Home", "© The Ledger", *(() if dated else ("Published:",))):
        assert furniture not in doc.text
    if dated:
        assert paragraphs[paragraphs.index(line) + 1] == "Published: Thu 17 Aug 2023, 6:00 AM"
    assert "14" not in paragraphs  # a comment count
    if "standfirst" in header:
        assert paragraphs[1].startswith("The children, aged between eight and 15")


def test_an_html_page_names_its_site(tmp_path: Path) -> None:
    page = _page("").replace("<head>", "<head><meta property='og:site_name' content='The Ledger'>")
    assert load_document(write(tmp_path, "rescue.html", page)).meta["site_name"] == "The Ledger"
    page = _page("").replace("<head>", '<head><script type="application/ld+json">{"@type": "NewsArticle", '
                                        '"publisher": {"@type": "Organization", "name": "Abeokuta Courier"}}</script>')
    assert load_document(write(tmp_path, "rescue2.html", page)).meta["site_name"] == "Abeokuta Courier"


def test_an_html_page_names_its_authors(tmp_path: Path) -> None:
    page = _page("<p class='credit'>Reported by Segun Adeyemi | Edited by Ada Obi</p>").replace(
        "<head>", "<head><meta name='author' content='Segun Adeyemi'><script type='application/ld+json'>"
                  '{"author": [{"@type": "Person", "name": "Segun Adeyemi"}, {"@type": "Person", "name": "Ada Obi"}]}'
                  "</script>")
    doc = load_document(write(tmp_path, "rescue.html", page))
    assert doc.meta["authors"] == ["Segun Adeyemi", "Ada Obi"]
    assert "Reported by Segun Adeyemi | Edited by Ada Obi" in doc.text.split("\n\n")


def test_a_caption_with_its_credit_in_an_element_of_its_own_is_kept(tmp_path: Path) -> None:
    page = _page("").replace(
        "<figcaption>Rescued children at the agency's office. Photo: Segun Adeyemi</figcaption>",
        "<figcaption class='cap'>Rescued children at the agency's office in May. "
        "<span class='credit'>(Segun Adeyemi/The Ledger)</span></figcaption>")
    doc = load_document(write(tmp_path, "rescue.html", page))
    assert "Rescued children at the agency's office in May. (Segun Adeyemi/The Ledger)" in doc.text.split("\n\n")


@pytest.mark.parametrize("caption", [
    "<p class='wp-caption-text'>The two accused leave the court under police escort. (Picture by Ayo Bello)</p>",
    "<div class='photo__caption'>The two accused leave the court under police escort. (Picture by Ayo Bello)</div>",
])
def test_a_caption_in_a_paragraph_or_box_of_its_own_class_is_kept(tmp_path: Path, caption: str) -> None:
    # WordPress themes and others set a featured image's caption in a <p> or <div> of a "caption" class, not a
    # <figcaption>: a reader sees it under the image, above the story
    page = _page("").replace(
        "<figure><figcaption>Rescued children at the agency's office. Photo: Segun Adeyemi</figcaption></figure>",
        f"<div class='featured'><img src='court.jpg' alt='court'>{caption}</div>")
    doc = load_document(write(tmp_path, "court.html", page))
    assert "The two accused leave the court under police escort. (Picture by Ayo Bello)" in doc.text.split("\n\n")


def test_a_timestamp_set_against_a_byline_is_spaced_from_it(tmp_path: Path) -> None:
    page = _page("<div class='meta'><span>By Ayo Bello</span><time datetime='2023-08-17T16:12'>17 August 2023, "
                 "16:12</time><span>Updated 17:40</span></div>")
    doc = load_document(write(tmp_path, "rescue.html", page))
    assert "By Ayo Bello 17 August 2023, 16:12 Updated 17:40" in doc.text.split("\n\n")


def test_a_line_break_before_an_acronym_joined_to_a_word_is_read_across(tmp_path: Path) -> None:
    text = ("BELGIUM: TIER 1\n"
            "The government sustained its efforts during the reporting period\n"
            "by convicting more traffickers, funding the three specialized\nNGO-run shelters, and adopting a new national\n"
            "plan for 2021-2025. Although the government meets the minimum\n"
            "standards, the number of victims referred to services declined,\n"
            "and courts often issued suspended sentences to convicted\n"
            "traffickers, which weakened deterrence and undercut efforts to\n"
            "hold traffickers accountable for the crimes they had committed.\n")
    doc = load_document(write(tmp_path, "belgium.txt", text))
    assert "the three specialized NGO-run shelters" in doc.normalised


def test_hard_wrapped_text_is_read_across_its_line_breaks(tmp_path: Path) -> None:
    from ctip_extract import extract_file

    text = ("URUGUAY: TIER 2\nThe Ministry of the Interior reported 41 investigations and 62 trafficking\n"
            "victims in 2016, and in the same year the government allocated a total of 7.1\nmillion pesos to the national action plan of the Interinstitutional\n"
            "Roundtable on Trafficking in Women.\nPROSECUTION\nThe government decreased efforts.\n")
    path = write(tmp_path, "wrapped.txt", text)
    doc = load_document(path)
    assert doc.text == text and len(doc.normalised) == len(text)  # the file's offsets, read unwrapped
    assert "62 trafficking victims in 2016" in doc.normalised and "\nPROSECUTION\n" in doc.normalised
    facts = extract_file(path)[0]
    found = {(q.text, q.unit) for q in facts.quantities}
    assert ("62 trafficking\nvictims", "trafficking victims") in found
    assert any(q.value == 7_100_000 and q.text.endswith("7.1\nmillion pesos") for q in facts.quantities)
    assert "Interinstitutional Roundtable on Trafficking in Women" in {a.name for a in facts.actors}
    assert all(text[r.start:r.end] == r.text for r in facts.records)


def test_a_short_line_of_text_wrapped_narrow_is_read_across_when_the_next_word_would_not_fit(tmp_path: Path) -> None:
    # wrapped at 58 characters, as a report copied out of a PDF: a line under FULL_LINE that ended because the next
    # word would not fit is read across; the headings and a paragraph's last line stay lines
    import textwrap

    paragraphs = [
        "The criminal code prohibits all forms of trafficking and prescribes penalties of up to 20 years' "
        "imprisonment. In November 2012, a Brussels court convicted the owners of a car wash chain of forcing 11 "
        "Brazilian men into unpaid work, and sentenced each of them to four years' imprisonment and the "
        "confiscation of their property.",
        "Police opened investigations into the owners of two other chains of car washes and into a temporary "
        "work agency that had placed Romanian and Bulgarian workers at construction sites near Antwerp.",
    ]
    wrapped = [textwrap.fill(p, 58) for p in paragraphs]
    assert any(len(line) < 50 for w in wrapped for line in w.split("\n")[:-1])  # a short line inside a paragraph
    text = "BELGIUM (Tier 1)\nProsecution\n" + wrapped[0] + "\nProtection\n" + wrapped[1] + "\n"
    doc = load_document(write(tmp_path, "narrow.txt", text))
    for p in paragraphs:
        assert p in doc.normalised
    assert "\nProsecution\n" in doc.normalised and "\nProtection\n" in doc.normalised


def test_a_long_headline_is_not_joined_to_its_byline_or_timestamp(tmp_path: Path) -> None:
    from ctip_extract import extract_file

    text = ("Nine held in Marlow County labour trafficking raids, police chief says\nBy Dana Whitcombe\n"
            "Published: March 3, 2024 at 9:10 AM\n\nNine men were held on Friday.\n")
    path = write(tmp_path, "headline.txt", text)
    doc = load_document(path)
    assert "says\nBy Dana Whitcombe\nPublished" in doc.normalised
    facts = extract_file(path)[0]
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [("Dana Whitcombe", "reporter")]


def test_html_article_keeps_quotes_standfirst_byline_date_and_captions(tmp_path: Path) -> None:
    body = " ".join(["Police in Warsaw opened 47 investigations into the exploitation of refugees from Ukraine,"
                     " most of them in warehouses and farms, officials said on Monday."] * 2)
    html = f"""<html><head><meta property="article:published_time" content="2023-02-22T08:00:00Z"></head><body>
    <nav><a>Home</a> <a>Europe</a></nav>
    <article><h1>Refugees face quieter trafficking risks</h1>
    <p class="standfirst">A year into the war, aid groups warn that exploitation has moved out of sight</p>
    <div class="byline">By Katarzyna Wolska in Warsaw</div><div class="date"><time datetime="2023-02-22">Wednesday, 22 February 2023</time></div>
    <div class="share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Email</a></div>
    <p>{body}</p>
    <figure><img src="a.jpg"><figcaption>Refugees queue at a centre in Warsaw in March 2022.</figcaption></figure>
    <p>\u201cWhat we feared in March largely did not happen,\u201d said Lt Col Marek Zielinski, a spokesman.</p>
    <p>{body}</p>
    </article><aside><h3>Most read</h3><ul><li>Storm leaves 12,000 without power</li></ul></aside>
    </body></html>"""
    doc = load_document(write(tmp_path, "refugees.html", html))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:4] == ["Refugees face quieter trafficking risks",
                              "A year into the war, aid groups warn that exploitation has moved out of sight",
                              "By Katarzyna Wolska in Warsaw", "Wednesday, 22 February 2023"]
    assert "Refugees queue at a centre in Warsaw in March 2022." in paragraphs  # a caption in the article
    assert any(p.startswith('"What we feared in March') for p in paragraphs)  # curly quotes, kept all the same
    for furniture in ("Facebook", "Most read", "12,000", "Home"):
        assert furniture not in doc.text


def test_html_keeps_a_labelled_date_line(tmp_path: Path) -> None:
    """A press release's "Press release | 24 September 2024" under the headline is the article's date line."""
    body = " ".join(["Children are still working in artisanal cobalt mines in Lualaba province, hauling sacks"
                     " of ore for 2,000 to 3,500 Congolese francs a day, researchers found."] * 2)
    html = f"""<html><body><header><a>Investigations</a> <a>Donate</a></header>
    <h1>Children still digging cobalt, investigation finds</h1>
    <div class="meta"><span>Press release</span> | <time datetime="2024-09-24">24 September 2024</time></div>
    <p>{body}</p><p>{body}</p></body></html>"""
    doc = load_document(write(tmp_path, "cobalt.html", html))
    assert doc.text.split("\n\n")[:2] == ["Children still digging cobalt, investigation finds",
                                           "Press release | 24 September 2024"]


@pytest.mark.parametrize("meta, line", [
    ('<span class="byline">By <a href="/a/kim">Ada Kim</a></span> <span>|</span> <time datetime="2019-07-18">'
     'July 18, 2019</time> <span>|</span> <a href="#comments">12 Comments</a>', "| July 18, 2019"),
    ('<span class="label">Updated / </span><span class="date">Wednesday, 13 Nov 2019 18:42</span>',
     "Updated / Wednesday, 13 Nov 2019 18:42"),
    ('Posted on: <time datetime="2022-09-15">September 15, 2022</time> <span>Posted by: Sgt. Dana Reyes, Public '
     'Information Officer</span>', "Posted on: September 15, 2022 Posted by: Sgt. Dana Reyes, Public Information Officer"),
])
def test_html_keeps_a_date_line_with_its_label_but_not_its_comment_count(tmp_path: Path, meta: str, line: str) -> None:
    body = " ".join(["Labour inspectors found 23 workers sleeping in shipping containers behind the car wash,"
                     " most of them without contracts or payslips, officers said."] * 2)
    html = f"""<html><body><nav><a>News</a> <a>Sport</a></nav><article>
    <h1>Inspectors find 23 workers living in containers</h1><div class="meta">{meta}</div>
    <p>{body}</p><p>{body}</p></article></body></html>"""
    doc = load_document(write(tmp_path, "containers.html", html))
    assert line in doc.text.split("\n\n")
    assert "Comments" not in doc.text


def test_html_news_page_facts_come_from_the_article_only() -> None:
    from ctip_extract import extract_file

    facts = extract_file(HTML_FIXTURES / "plantation-raid.html")[0]
    values = sorted(q.value for q in facts.quantities if q.value is not None)
    assert values == [4, 8, 63, 63]  # headline and body; no "12 comments", "120,000", "2%"
    # the byline's reporter and agency (also the caption's photo credit) are named in the article as a reader sees it
    assert {a.name for a in facts.actors} == {"Royal Malaysia Police", "Amy Tan", "Reuters"}
    assert [(t.country_code, t.tier) for t in facts.tier_statements] == [("MYS", "2WL")]


def test_html_without_an_article_falls_back_to_the_visible_text(tmp_path: Path, monkeypatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    doc = load_document(write(tmp_path, "list.html", "<ul><li>Raid in Lagos</li><li>42 freed</li></ul>"))
    assert doc.meta["html_text"] == "page"
    assert doc.text == "Raid in Lagos\n\n42 freed"


def test_html_falls_back_to_the_visible_text_when_trafilatura_fails(tmp_path: Path, monkeypatch) -> None:
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("lxml: document is empty")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    doc = load_document(write(tmp_path, "odd.html", "<p>Police freed <b>42</b> workers.</p>"))
    assert doc.meta["html_text"] == "page" and doc.text == "Police freed 42 workers."


def test_line_breaks_inside_html_paragraphs_are_spaces(tmp_path: Path) -> None:
    html = "<p>The unit will double its patrols\n     next\n month.</p>\n<p>Second</p>"
    doc = load_document(write(tmp_path, "wrapped.html", html))
    assert doc.text == "The unit will double its patrols next month.\n\nSecond"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<script type="application/ld+json">{"@graph": [{"datePublished": "2020-07-02T10:00"}]}</script>', "2020-07-02"),
        ('<meta name="pubdate" content="2019-01">', "2019-01"),
        ('<meta name="DC.date" content="2023-11-09" />', "2023-11-09"),  # Dublin Core alone (a UN field office's page)
        ("", "2017-11-30"),  # falls back to the first <time datetime>
    ],
)
def test_html_date_sources(tmp_path: Path, head: str, expected: str) -> None:
    html = f"<html><head>{head}</head><body><p>Text <time datetime='2017-11-30'>then</time>.</p></body></html>"
    assert load_document(write(tmp_path, "d.html", html)).published == expected


def test_deeply_nested_html_does_not_exhaust_the_stack(tmp_path: Path) -> None:
    html = "<div>" * 50_000 + "Deep text with 7 victims." + "</div>" * 50_000
    doc = load_document(write(tmp_path, "deep.html", html))
    assert "Deep text with 7 victims." in doc.text


def test_jsonl_publication_dates_of_feeds_and_dumps(tmp_path: Path) -> None:
    lines = [
        json.dumps({"body": "One.", "pubDate": "Thu, 15 Jun 2023 08:00:00 GMT"}),
        json.dumps({"text": "Two.", "publishedAt": "2023-06-15T10:00:00Z"}),
        json.dumps({"text": "Three.", "publication_date": "June 2023"}),
        json.dumps({"text": "Four.", "date": 1686816000}),
    ]
    docs = list(iter_documents(write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")))
    assert [d.published for d in docs] == ["2023-06-15", "2023-06-15", "2023-06", "2023-06-15"]


def test_jsonl_lines_become_documents_and_broken_lines_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First article.", "published": "2020-01-02", "title": "A"}),
        "",
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"content": "Second article.", "date": "2021"}),
    ]
    path = write(tmp_path, "dump.jsonl", "\n".join(lines) + "\n")
    items = list(iter_documents(path))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [d.doc_id for d in docs] == ["dump:1", "dump:6"]
    assert [d.published for d in docs] == ["2020-01-02", "2021"]
    assert [e.doc_id for e in errors] == ["dump:3", "dump:4", "dump:5"]
    assert "malformed JSON" in errors[0].reason
    assert all(str(path) in e.source for e in errors)


def test_jsonl_markup_in_a_text_field_is_read_as_html(tmp_path: Path) -> None:
    lines = [
        json.dumps({"content": "<p>Police freed <b>42</b> workers.</p><p>Four were arrested &amp; charged.</p>"}),
        json.dumps({"html": "<div><script>x = 1</script><br></div>"}),
        json.dumps({"text": "A plain text with 3 < 5 and a <tag> in words."}),
    ]
    items = list(iter_documents(write(tmp_path, "dump.jsonl", "\n".join(lines) + "\n")))
    assert items[0].text == "Police freed 42 workers.\n\nFour were arrested & charged."
    assert isinstance(items[1], DocumentError) and "no visible text" in items[1].reason
    assert items[2].text == "A plain text with 3 < 5 and a <tag> in words."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "empty file"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "binary file"),
        ("latin1.txt", "caf\u00e9 victims".encode("latin-1"), "not valid UTF-8"),
        ("notes.docx", b"PK\x03\x04 zipped", "unsupported file type"),
        ("empty.html", b"<html><body><script>x</script></body></html>", "no visible text"),
        ("broken.meta.txt", b"fine text", None),
    ],
)
def test_bad_files_give_reasons(tmp_path: Path, name: str, content: bytes, reason: str | None) -> None:
    path = write(tmp_path, name, content)
    items = list(iter_documents(path))
    if reason is None:
        assert isinstance(items[0], Document)
        return
    assert len(items) == 1 and isinstance(items[0], DocumentError)
    assert reason in items[0].reason
    assert items[0].source == str(path)


def test_broken_sidecar_is_an_error_naming_the_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Some text.")
    write(tmp_path, "a.meta.json", "{broken")
    (item,) = iter_documents(tmp_path / "a.txt")
    assert isinstance(item, DocumentError)
    assert item.source.endswith("a.meta.json")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    (missing,) = iter_documents(tmp_path / "nope.txt")
    assert isinstance(missing, DocumentError) and missing.reason == "no such file"
    (tmp_path / "dir.txt").mkdir()
    (folder,) = iter_documents(tmp_path / "dir.txt")
    assert isinstance(folder, DocumentError) and folder.reason == "not a regular file"


def test_discover_skips_sidecars_gold_and_hidden_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "a.meta.json", "b.gold.json", ".hidden.txt", "notes.csv", "sub/c.jsonl"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.html", "b.txt", "sub/c.jsonl"]


def test_page_at_maps_offsets_to_pages() -> None:
    doc = Document(doc_id="r", text="a" * 30, source="r.pdf",
                   pages=(Page(1, 0, 10), Page(2, 10, 20), Page(3, 20, 30)))
    assert [doc.page_at(i) for i in (0, 9, 10, 25, 29)] == [1, 1, 2, 3, 3]
    assert Document(doc_id="t", text="abc", source="t.txt").page_at(1) is None


def test_page_limit_refuses_a_pdf_before_reading_it() -> None:
    pdf = Path(__file__).parent / "fixtures" / "pdf" / "tip_sample.pdf"
    (item,) = iter_documents(pdf, max_pages=3)
    assert isinstance(item, DocumentError)
    assert item.reason == "too many pages: 6 (limit 3)"
    (ok,) = iter_documents(pdf, max_pages=6)
    assert isinstance(ok, Document) and len(ok.pages) == 6


def test_text_files_keep_their_characters_and_the_rules_read_a_normalised_copy(tmp_path: Path) -> None:
    raw = "The National People\u2019s Congress \u201cacted\u201d\u00a0\u2013 twice.\r\n"
    doc = load_document(write(tmp_path, "npc.txt", raw))
    assert doc.text == raw
    assert doc.normalised == "The National People's Congress \"acted\" - twice. \n"
    assert len(doc.normalised) == len(doc.text)


def test_record_text_is_the_files_text_even_with_curly_quotes(tmp_path: Path, nlp) -> None:
    from ctip_extract import extract_file

    raw = "The Department of Children\u2019s Services said 41 victims were rescued in March.\n"
    path = write(tmp_path, "dcs.txt", raw)
    write(tmp_path, "dcs.meta.json", json.dumps({"published": "2016-05-02"}))
    (facts,) = extract_file(path, nlp=nlp)
    assert facts.records
    for rec in facts.records:
        assert raw[rec.start:rec.end] == rec.text
    assert any("\u2019" in a.text for a in facts.actors)


def test_short_label_lines_are_not_joined(tmp_path: Path) -> None:
    """A title line and a label line under it ("Belize" / "tier rating: Tier 3 - ...", the Factbook's
    form) stay two lines: only full lines of hard-wrapped prose are read across."""
    from ctip_extract import extract_file

    text = "Belize\ntier rating: Tier 3 - the government showed no evidence of law enforcement efforts\n"
    path = write(tmp_path, "fb-belize.txt", text)
    assert load_document(path).normalised == text
    assert [(t.country_code, t.tier) for t in extract_file(path)[0].tier_statements] == [("BLZ", "3")]
    # (a title ending on "of the" too: the Factbook's inverted country names)
    text = "Congo, Democratic Republic of the\ntier rating: Tier 3 - the government made no efforts at all\n"
    path = write(tmp_path, "fb-congo.txt", text)
    assert load_document(path).normalised == text
    assert [(t.country_code, t.tier) for t in extract_file(path)[0].tier_statements] == [("COD", "3")]


def test_a_short_line_ending_on_a_word_that_ends_no_title_is_joined(tmp_path: Path) -> None:
    """PDF-copied text may break a sentence after a short line ("... Watch List for" / "a second consecutive
    year."): a line ending in a preposition, article or conjunction goes on, however short (round 72)."""
    from ctip_extract import extract_file

    text = ("MALAYSIA (Tier 2 Watch List)\nThe government did not show increasing efforts; therefore,\n"
            "Malaysia is placed on Tier 2 Watch List for\na second consecutive year.\n")
    path = write(tmp_path, "tip2011-malaysia.txt", text)
    write(tmp_path, "tip2011-malaysia.meta.json", json.dumps({"published": "2011-06-27", "kind": "tip_report"}))
    statements = extract_file(path)[0].tier_statements
    assert [(t.country_code, t.tier, t.change) for t in statements][-1] == ("MYS", "2WL", "remained")


def test_a_contact_block_keeps_one_person_a_line(tmp_path: Path) -> None:
    """A release's contact lines, each a name, a comma and a role, are not one wrapped paragraph: the body
    that ends one line and the person who opens the next stay two actors."""
    from ctip_extract import extract_file

    text = ("The programme reached 4,200 women workers in 2022.\n\nFor more information, please contact:\n"
            "Pimchanok Saetang, Communication Officer, ILO Regional Office for Asia and the Pacific\n"
            "Maria Teresa Dizon, Communications Specialist, UN Women Regional Office for Asia and the Pacific\n")
    path = write(tmp_path, "release.txt", text)
    assert load_document(path).normalised == text
    names = {a.name for a in extract_file(path)[0].actors}
    assert {"Maria Teresa Dizon", "ILO Regional Office for Asia and the Pacific"} <= names


def test_ligatures_are_spelt_out_for_the_rules_and_offsets_map_back(tmp_path: Path, nlp) -> None:
    """Text copied out of a PDF keeps its ligatures in the file; the rules read "five" and
    "traffickers", and every record's span is still the file's own characters."""
    from ctip_extract import extract_file

    raw = "The police rescued \ufb01ve girls and arrested \ufb01fteen tra\ufb03ckers in Oﬀa State.\n"
    path = write(tmp_path, "lig.txt", raw)
    doc = load_document(path)
    assert doc.text == raw
    assert "five girls" in doc.normalised and "traffickers" in doc.normalised and "Offa" in doc.normalised
    i = doc.normalised.index("fifteen")
    assert doc.to_source(i) == raw.index("\ufb01fteen")
    assert doc.to_analysis(raw.index("\ufb01fteen")) == i
    assert doc.to_source(i + 1) == raw.index("\ufb01fteen")  # inside the ligature: a start falls back ...
    assert doc.to_source(i + 1, end=True) == raw.index("\ufb01fteen") + 1  # ... an end moves past it
    (facts,) = extract_file(path, nlp=nlp)
    got = {(q.text, q.value, q.unit) for q in facts.quantities}
    assert got == {("\ufb01ve girls", 5, "girls"), ("\ufb01fteen tra\ufb03ckers", 15, "traffickers")}
    for rec in facts.records:
        assert raw[rec.start:rec.end] == rec.text


def test_extract_reads_text_as_a_file_would(nlp) -> None:
    """The API's text gets the same normalised copy as a .txt file: ligatures and curly quotes."""
    from ctip_extract import extract

    text = "Officers freed \ufb01ve girls from the \u201cGolden\u201d bar."
    facts = extract(text, nlp=nlp)
    assert [(q.text, q.unit) for q in facts.quantities] == [("\ufb01ve girls", "girls")]


def test_invisible_characters_are_dropped_for_the_rules_only(nlp) -> None:
    from ctip_extract import extract

    text = "Police arrested 12 traf\u00adfickers and freed 30\u200b women."
    facts = extract(text, nlp=nlp)
    assert [(q.value, q.unit) for q in facts.quantities] == [(12, "traffickers"), (30, "women")]
    for rec in facts.records:
        assert text[rec.start:rec.end] == rec.text


def test_glued_running_heads_are_cut_out_for_the_rules_only(tmp_path: Path, nlp) -> None:
    """A page number and running head glued into a narrative by text extraction ("domestic
    70ALGERIAservitude") are dropped from the copy the rules read; records keep the file's characters."""
    from ctip_extract import extract_file

    raw = ("The law was passed by the National 140CHINAPeople's Congress in 2017. Courts convicted three "
           "traffickers.82AUSTRIA\nOfficials held 12 women in domestic 70ALGERIAservitude.\n")
    path = write(tmp_path, "glued.txt", raw)
    doc = load_document(path)
    assert doc.text == raw
    assert "National People's Congress" in doc.normalised and "domestic servitude" in doc.normalised
    assert "AUSTRIA" not in doc.normalised
    at = raw.index("140CHINA")
    assert doc.to_analysis(at) == doc.to_analysis(at + 4) == doc.normalised.index("People's")  # inside: where it was
    assert doc.to_source(doc.normalised.index("People's")) == raw.index("People's")
    assert doc.to_source(doc.normalised.index("People's"), end=True) == at  # an end stops before the cut
    (facts,) = extract_file(path, nlp=nlp)
    assert "National People's Congress" in {a.name for a in facts.actors}
    assert {(q.value, q.unit) for q in facts.quantities} == {(3, "traffickers"), (12, "women")}
    for rec in facts.records:
        assert raw[rec.start:rec.end] == rec.text


@pytest.mark.parametrize(("text", "rules_read"), [
    ("suspended the licenses of six, and 119 BHUTAN 2025 TRAFFICKING IN PERSONS REPORT revoked three.",
     "suspended the licenses of six, and revoked three."),
    ("NGO shelters in 2013, a 146 TRAFFICKING IN PERSONS REPORT JUNE 2014 10 percent decrease",
     "NGO shelters in 2013, a 10 percent decrease"),
    ("lacked sufficient KUWAIT 231 resources", "lacked sufficient resources"),
    ("investigated 23 cases involving 51 suspects1, compared with 12", "investigated 23 cases involving 51 suspects, "
     "compared with 12"),
    ("the UN and 15 NIGERIAN victims", "the UN and 15 NIGERIAN victims"),  # a demonym, not a running head
    # a country's short form is never a running head: the report spells its heads out
    ("they were paid 200 US dollars a month", "they were paid 200 US dollars a month"),
    ("deported 12 UAE nationals", "deported 12 UAE nationals"),
    # footnote marks after a bracket and after a year that ends a sentence; a month broken at a line end
    ("fines of up to 5 million NT$ ($155,000)2, which are", "fines of up to 5 million NT$ ($155,000), which are"),
    ("nine cases in 2008.1 Some victims were children", "nine cases in 2008. Some victims were children"),
    ("arrested in Febru- ary 2009, while short- and long-term", "arrested in February 2009, while short- and long-term"),
    # a running head on a line of its own inside a hard-wrapped paragraph, with month, year and page
    ("home districts. The\nTRAFFICKING IN PERSONS REPORT JUNE 2007          141\ngovernment did not",
     "home districts. The government did not"),
    ("home districts. The\nTRAFFICKING IN PERSONS REPORT JUNE 2007" + " " * 40 + "141\ngovernment did not",
     "home districts. The government did not"),
    ("some 60 victims.\n\n60 TRAFFICKING IN PERSONS REPORT\n\nThe ministry", "some 60 victims.\n\n60 TRAFFICKING IN PERSONS REPORT\n\nThe ministry"),
])
def test_running_heads_and_footnote_marks_left_in_sentences(text: str, rules_read: str) -> None:
    from ctip_extract.documents.normalise import spell_out

    assert spell_out(text)[0] == rules_read


def test_fi_and_fl_codes_for_quotes_are_read_as_quotes_also_after_a_sentence_stop() -> None:
    from ctip_extract.documents.text import text_document

    raw = "Homes were described as \ufb01prison-like.\ufb02 In 2016 it ran 22 \ufb01Victims of Violence\ufb02 centers."
    document = text_document(raw, doc_id="x", source="x")
    assert document.normalised == 'Homes were described as "prison-like." In 2016 it ran 22 "Victims of Violence" centers.'
    assert document.text == raw


@pytest.mark.parametrize("text", ["The G20CHINA summit", "Flight 20CHINA", "Flight 20CHINA landed.", "a 5CHINESE delegation",
                                  "in 2018CHINA"])
def test_digits_before_capitals_that_are_no_running_head_stay(text: str) -> None:
    from ctip_extract.documents.normalise import spell_out

    assert spell_out(text) == (text, ())


@pytest.mark.parametrize(("written", "kind"), [("tip", "tip_report"), ("TIP Report", "tip_report"),
                                               ("tip-report", "tip_report"), ("News", "news"), ("blog", "blog")])
def test_sidecar_kind_is_read_in_the_words_the_rules_know(tmp_path: Path, written: str, kind: str) -> None:
    path = write(tmp_path, "x.txt", "Some text.")
    write(tmp_path, "x.meta.json", json.dumps({"kind": written}))
    assert load_document(path).kind == kind


def test_a_heading_stays_apart_from_the_sentence_under_it_in_unwrapped_text():
    text = ("Survivors were paid on time this year, the agency said in its statement on Friday.\n\n"
            "About the World Day against Trafficking in Persons\nThe General Assembly designated 30 July as the day.")
    assert unwrap_lines(text) == text


def _unwrapped(lines: list[str]) -> str:
    """unwrap_lines of the lines as a text, checked to keep every offset."""
    text = "\n".join(lines) + "\n"
    out = unwrap_lines(text)
    assert len(out) == len(text)
    return out


def test_a_nearly_full_line_whose_sentence_goes_on_is_unwrapped():
    # a copy from a PDF wraps at no exact width: a line a few characters short of the others still goes on
    lines = ["The National Police's anti-trafficking unit and the",
             "specialized police for children and adolescents",
             "(DINAPEN) and the border police jointly conducted 47",
             "raids on bars and brothels, which led to the removal",
             "of 123 people from those establishments, though not",
             "all were identified as trafficking victims. Courts",
             "stayed closed for the pandemic between February and",
             "May 2020 and delayed hearings in at least nine cases",
             "of trafficking that had been reported by the police."]
    out = _unwrapped(lines)
    assert "conducted 47 raids" in out and "February and May 2020" in out


def test_a_span_of_years_broken_at_its_dash_reads_whole(tmp_path: Path) -> None:
    text = ("The council met twice and monitored the national program for 2017-\n2021, but the pandemic delayed several "
            "planned activities in the capital and the provinces of the country.\n")
    document = load_document(write(tmp_path, "x.txt", text))
    assert "2017-2021" in document.normalised and document.text == text


def test_a_word_broken_at_a_line_end_is_joined_where_the_text_writes_it_whole(tmp_path: Path) -> None:
    # the text is its own dictionary: "trafficking" stands whole elsewhere, "anti-trafficking" hyphened elsewhere, and
    # "well-known" nowhere else, so it stays as written
    lines = ["Police found twelve victims of trafficking at the farm,", "and the anti-trafficking unit took them to a shelter",
             "in the capital, where the victims of traf-", "ficking were interviewed by officers of the anti-",
             "trafficking unit in a well-", "known building near the courts, which had asked the",
             "police to bring the case before the end of the month", "so that the prosecutors could prepare the charges",
             "against the three men who had recruited the workers."]
    text = "\n".join(lines) + "\n"
    document = load_document(write(tmp_path, "x.txt", text))
    assert "victims of trafficking were" in document.normalised
    assert "the anti-trafficking unit in" in document.normalised
    assert "wellknown" not in document.normalised and document.text == text


def test_a_currency_code_wrapped_onto_the_next_line_reads_with_its_amount_but_a_heading_stays():
    lines = ["The national steering committee on crime prevention",
             "continued to implement the national action plan,",
             "for which the government allocated 74 billion",
             "VND ($3.2 million) in 2018, and the ministry then",
             "trained 340 officials in the northern provinces on",
             "victim identification, including 60 border guards",
             "posted to the crossings most used by the recruiters",
             "who move women and children across the frontier",
             "PREVENTION",
             "The government maintained prevention efforts."]
    out = _unwrapped(lines)
    assert "74 billion VND ($3.2" in out
    assert "frontier\nPREVENTION\n" in out


def test_a_sum_wrapped_onto_the_next_line_reads_with_the_line_before():
    lines = ["The law prescribes penalties of five to 10 years of imprisonment and a",
             "fine of 250,000 to 5 million ouguiyas, or from about ($6,870 to",
             "$137,360); these penalties were sufficiently stringent and commensurate with",
             "those for other serious crimes such as rape, and the courts used them in",
             "several cases during the reporting period, though the government did not",
             "report the number of convictions it obtained under the law in the year,",
             "nor did it report any investigations of officials complicit in the crime",
             "of trafficking, despite reports that some officials took bribes in cases."]
    assert "($6,870 to $137,360)" in _unwrapped(lines)  # (not left on a line of its own, as a new item)


def test_a_numbered_list_keeps_an_item_a_line():
    lines = ["UNICEF is calling on the governments and partners of the region to:", "",
             "1. Set and enforce a minimum age of marriage of 18 for girls and boys, without exceptions;",
             "2. Keep schools open and safe, and offer other learning where schools have closed;",
             "3. Train border, police and social welfare officials to identify children at risk;"]
    out = _unwrapped(lines)
    assert "exceptions;\n2. Keep" in out and "closed;\n3. Train" in out


def test_an_html_page_built_as_one_form_keeps_its_article(tmp_path: Path) -> None:
    # ASP.NET pages wrap the whole body in a <form>; a search box's form is furniture
    body = ("<form method='post' action='./story' id='form1'><div class='header'><form class='search'><input name='q'>"
            "<button>Search</button></form></div><article><h1>Qatar steps up fight against trafficking</h1>"
            "<p>Doha: The national committee launched an awareness campaign aimed at workers and employers today.</p>"
            "<p>About 120 participants attended a two-day workshop held at a hotel in the capital.</p>"
            "<p>Inspectors made 41,750 visits in the first half of the year, the ministry said.</p></article></form>")
    path = write(tmp_path, "doha.html", f"<html><head><title>T</title></head><body>{body}</body></html>")
    doc = load_document(path)
    assert "About 120 participants attended" in doc.text
    assert "Search" not in doc.text


def test_a_page_number_and_running_head_on_lines_of_their_own_inside_a_sentence_are_cut(tmp_path: Path) -> None:
    lines = ["cases of the year, a regional court in Ostrava sentenced the",
             "head of a recruitment agency to eight years' imprisonment",
             "and ordered him to pay 1.2 million koruna ($48,900) to 14", "130", "CZECH REPUBLIC",
             "Bulgarian men he had forced to work on construction sites",
             "without pay. Czech authorities cooperated with foreign",
             "governments on 11 investigations during the year, and the",
             "police trained 240 officers in identifying victims of forced"]
    text = "\n".join(lines) + "\n"
    document = load_document(write(tmp_path, "x.txt", text))
    assert "to 14 Bulgarian men" in document.normalised and document.text == text


def test_the_names_a_pages_byline_elements_hold_are_its_authors(tmp_path: Path) -> None:
    page = _page("<div class='meta'><span class='article__author'>Femke van Dijk</span></div>")
    doc = load_document(write(tmp_path, "rescue.html", page))
    assert "Femke van Dijk" in doc.text.split("\n\n")
    assert doc.meta["authors"] == ["Femke van Dijk"]
    page = _page("<p class='byline'>By Ana Ruiz and Tom Lee, Reuters</p>")
    assert load_document(write(tmp_path, "wire.html", page)).meta["authors"] == ["Ana Ruiz", "Tom Lee"]


def test_a_page_without_article_element_keeps_its_captions_and_drops_its_teasers() -> None:
    # a news agency's page of <div>s: its caption is the story's, its "Related News" list is not
    page = Path(__file__).resolve().parents[1] / "corpus" / "blind-news" / "news140c-taiwan-tier1-fishing.html"
    text = load_document(page).text
    assert "Qianzhen Fishing Port in Kaohsiung in March" in text
    assert "Related News" not in text and "06/16/2023" not in text
