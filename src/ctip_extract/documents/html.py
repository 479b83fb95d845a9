"""HTML pages: the article's text and the publication date from the usual places.

A news page holds more than its article: menus, share bars, cookie notices, "related stories" and
"most read" lists, footers. Their figures and names would be read as facts of the article, so the
text is the article's own, found by trafilatura's main-content extraction, with its headline first
and what a reader sees of the article besides (standfirst, byline and date lines, captions, quotes).
When trafilatura finds no article (a short or unusual page), the page's whole visible text is used;
`Document.meta["html_text"]` says which ("article" or "page").
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from ..errors import DocumentError
from .decode import decode_bytes
from .document import Document, normalise_published
from .normalise import repair_if_broken
from .sidecar import read_sidecar

log = logging.getLogger(__name__)

_INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe", "form", "button"]
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer aside "
    "blockquote pre figure figcaption dd dt dl hr main nav address caption".split()
)
_DATE_METAS = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="DC.date"]',
    'meta[name="dcterms.date"]',
    'meta[name="dcterms.issued"]',
    'meta[property="og:published_time"]',
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\s*\n\s*(?:\n\s*)*")


def load_html(path: Path, data: bytes) -> Document:
    """An .html file as one Document of its visible text."""
    raw = decode_bytes(data, str(path))
    tree = HTMLParser(raw)
    published = html_published(tree)
    title = html_title(tree)
    site_name = html_site_name(tree)
    inside = article_extras(tree)  # read before visible_text strips the tree
    bylines = flatten_bylines(tree)
    authors = html_authors(tree)
    authors += [name for name in byline_names(bylines) if name not in authors]
    page = visible_text(tree)
    article = article_text(raw, page, inside, bylines)
    text = article or page
    if not text.strip():
        raise DocumentError(str(path), "HTML page has no visible text")
    meta = read_sidecar(path)
    return Document(
        doc_id=path.stem,
        text=text,
        source=str(path),
        published=meta.get("published") or published,  # type: ignore[arg-type]
        title=meta.get("title") or title,  # type: ignore[arg-type]
        url=meta.get("url") or html_canonical_url(tree),  # type: ignore[arg-type]
        kind=meta.get("kind") or "news",  # type: ignore[arg-type]
        meta={"html_text": "article" if article else "page", "site_name": site_name, "authors": authors},
    )


def article_text(raw: str, page: str, extras: frozenset[str] = frozenset(),
                 bylines: frozenset[str] = frozenset()) -> str | None:
    """The paragraphs of `page` (the visible text, paragraphs separated by blank lines) that belong to
    the article, headline included, as trafilatura's main-content extraction marks them; None when it
    finds no article. The text is the page's own: trafilatura decides which paragraphs, not how they
    read (on small pages it breaks a paragraph at every bold word). Also kept: `extras` (the page's
    headline, and captions and quotes inside its article element: `article_extras`), `bylines` (the
    byline elements' lines: `flatten_bylines`) and the short byline and date lines between the headline
    and the body ("By Katarzyna Wolska in Warsaw", "22 February 2023"), which trafilatura keeps as
    metadata, not text."""
    import trafilatura  # imported here: a third of a second, paid only by runs that read HTML

    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True,
                                            include_images=False, include_links=False, deduplicate=False)
    except Exception as exc:  # noqa: BLE001  (markup lxml cannot take: the page's visible text will do)
        log.debug("trafilatura could not read the page: %s", exc)
        return None
    body = getattr(found, "text", None) if found is not None else None
    if not body or not body.strip():
        return None
    # trafilatura's text keeps the page's own characters; the page text here is normalised (quotes,
    # dashes), so normalise alike before comparing ("“This was ..." is "\"This was ..." in `page`)
    article = " ".join(repair_if_broken(body).split())
    lines = {" ".join(line.split()) for line in repair_if_broken(body).splitlines()}
    words = frozenset(article.split())
    headline = " ".join(repair_if_broken(getattr(found, "title", None) or "").split())
    paragraphs = page.split("\n\n")
    flats = [" ".join(p.split()) for p in paragraphs]
    # (a short line is kept when it is one of trafilatura's, not when it is found inside one: a
    # comment count "14", a menu's "Home")
    keep = [bool(flat) and (flat == headline or flat in lines or (len(flat.split()) >= 3 and flat in article)
                            or flat in extras or flat in bylines or _mostly_in(flat, words))
            for flat in flats]
    _keep_header_lines(flats, keep, headline, extras)
    _drop_teasers(flats, keep)
    # (a date line's comment or view count is the page's, not the story's: "| July 18, 2019 | 12 Comments")
    kept = [_LINE_COUNTS.sub("", p) if _HEADER_LINE.match(flat) else p for p, flat, k in zip(paragraphs, flats, keep) if k]
    return "\n\n".join(kept) if kept else None


# the heading of a list of other stories at an article's foot
_TEASER_HEADING = re.compile(r"(?:Related|More|Latest|Recommended|Popular|Other|Top)(?: News| Stories| Articles| Reads?"
                             r"| from [\w ]{2,30})|Related|Read (?:More|Also|Next)|Also Read|You (?:May|Might) Also Like"
                             r"|Most Read|Further Reading", re.IGNORECASE)


def _drop_teasers(flats: list[str], keep: list[bool]) -> None:
    """Unmark a list of other stories a heading opens ("Related News", "More Stories"), each a headline and a
    date, when the page's article extraction kept it: up to the next paragraph of 25 words or more."""
    for i, flat in enumerate(flats):
        if keep[i] and _TEASER_HEADING.fullmatch(flat.rstrip(":")):
            for j in range(i, len(flats)):
                if j > i and len(flats[j].split()) >= 25:
                    break
                keep[j] = False
            return


def _mostly_in(flat: str, words: frozenset[str]) -> bool:
    """A paragraph of eight words or more nine tenths of whose words trafilatura's text holds."""
    tokens = flat.split()
    return len(tokens) >= 8 and sum(w in words for w in tokens) >= 0.9 * len(tokens)


def _keep_header_lines(flats: list[str], keep: list[bool], headline: str, extras: frozenset[str]) -> None:
    """Mark the lines between the headline and the article's body that a reader sees as part of the
    article: a byline, a date line and a standfirst (the line right under the headline); share bars and
    the like between them are passed over. The body starts at the first kept paragraph of 20 words."""
    body = next((i for i, (flat, k) in enumerate(zip(flats, keep)) if k and len(flat.split()) >= 20), None)
    if body is None:
        return
    for i in range(body - 1, max(-1, body - 12), -1):
        if flats[i] == headline:
            break
        if keep[i]:
            continue  # a caption, a byline
        under_headline = i > 0 and keep[i - 1] and (flats[i - 1] == headline or flats[i - 1] in extras)
        keep[i] = bool(_HEADER_LINE.match(flats[i])) or (under_headline and 8 <= len(flats[i].split()) <= 45)


# a byline ("By A and B in Warsaw", "Reported by A | Edited by B") or a date line ("22 February 2023", "Sep 12, 2024, 04:35 pm",
# "Press release | 24 September 2024", "Updated / Wednesday, 13 Nov 2019 18:42", "| July 18, 2019 | 12 Comments" after a byline
# of its own, "Posted on: September 15, 2022 Posted by: Sgt. Dana Reyes")
_HEADER_LINE = re.compile(
    r"^(?:(?:By|(?:Reported|Written|Edited|Compiled|Words)\s+by)\s+[A-Z][^.!?]{2,120}|(?:[|\u00b7\u2022]\s*)?"
    r"(?:[A-Z][\w'\u2019 -]{1,30}?\s*[|\u00b7\u2022]\s*)?(?:(?:Published|Updated|Posted|Last\s+updated)(?:\s+on)?\s*[:/]?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+)?"  # (a time before the date: "6:00am, 18 Aug, 2022")
    r"(?:(?:[A-Z][a-z]{2,8}day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
    r"(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*\|.*|\s+(?:Posted|Written|Reported)\s+by:?\s+[A-Z][^!?]{2,120})?)$")


_LINE_COUNTS = re.compile(r"\s*[|\u00b7\u2022]\s*[\d,.]+\s*(?:comments?|views?|shares?|reads?|replies)\s*(?=[|\u00b7\u2022]|$)",
                          re.IGNORECASE)


# a caption is a <figcaption>, or in WordPress and many other themes a paragraph or box of its own
# class under the image: '<p class="wp-caption-text">', '<div class="photo__caption">'
_CAPTIONS_AND_QUOTES = 'figcaption, blockquote, p[class*="caption"], div[class*="caption"], span[class*="caption"]'


def article_extras(tree: HTMLParser) -> frozenset[str]:
    """Paragraph texts of the page that belong to its article though trafilatura leaves them out: the
    first <h1> (the headline) and the captions and quotes inside the <article> element, outside
    asides, navigation and teaser lists."""
    found = set()
    h1 = tree.css_first("h1")
    if h1 is not None:
        found.add(" ".join(h1.text(separator=" ").split()))
    article = tree.css_first("article") or tree.css_first("main") or _story_block(tree)
    if article is not None:
        for node in article.css(_CAPTIONS_AND_QUOTES):
            if not _inside_furniture(node, article):
                found.update(" ".join(p.split()) for p in node.text(separator="\n\n").split("\n\n") if p.strip())
                if node.tag != "blockquote":  # and whole, as the page text reads it: a credit in a <span> of its
                    found.add(" ".join(node.text(separator="").split()))  # own runs on in the caption
    return frozenset(" ".join(repair_if_broken(t).split()) for t in found if t)  # normalised as the page text is


# the markup news sites give a story's byline: "<span class="byline">By <a>Tyler Brooks</a></span>",
# "<div class="td-post-author-name"><div>By</div> <a>Adebayo Ogunleye</a>, Abeokuta</div>"
_BYLINE_SELECTOR = '[class*="byline"], [class*="author"], [itemprop="author"], [rel="author"]'
# a date or time in a byline element: its dates are in an element of their own inside it
_DATED = re.compile(r"\b(?:Published|Updated|Posted|(?:19|20)\d\d|\d{1,2}:\d\d)\b")
_LEAD_OR_TRAIL = re.compile(r"^[\s\-\u2013\u2014|\u00b7\u2022:]+|[\s\-\u2013\u2014|\u00b7\u2022]+$")


def flatten_bylines(tree: HTMLParser) -> frozenset[str]:
    """The byline elements of the page's article, each made one line of its own (its words joined
    with the spaces a reader sees, however many elements it is built of; a paragraph break after
    it); returns their texts, normalised as the page text is. A byline element holding more than a
    line's worth (its dates too) gives way to the byline elements inside it; bylines in asides and
    longer ones (an author's biography) are left alone; a page with no <article> or <main> gives
    its first byline only (the others may be teasers' bylines)."""
    scope = tree.css_first("article") or tree.css_first("main")
    first_only = scope is None
    scope = scope or tree.body
    if scope is None:
        return frozenset()
    nodes = [n for n in scope.css(_BYLINE_SELECTOR) if not _inside_furniture(n, scope)]
    ids = {n.mem_id for n in nodes}
    taken: set[int] = set()
    found = set()
    for node in nodes:
        if _has_ancestor(node, taken, scope):
            continue
        text = _LEAD_OR_TRAIL.sub("", _flat_text(node))
        if (len(text) > 60 or _DATED.search(text)) and any(inner.mem_id in ids for inner in node.css(_BYLINE_SELECTOR)):
            continue  # ("By Tyler Brooks Published: May 16, 2024 ..."): the inner elements say it
        if not 3 <= len(text) <= 100 or not any(c.isupper() for c in text):
            continue
        taken.add(node.mem_id)
        node.inner_html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        for place in (node.insert_before, node.insert_after):
            br = HTMLParser("<br>").css_first("br")
            if br is not None:
                place(br)
        found.add(" ".join(repair_if_broken(text).split()))
        if first_only:
            break
    return frozenset(found)


def _has_ancestor(node, ids: set[int], scope) -> bool:  # noqa: ANN001  (selectolax nodes)
    parent = node.parent
    while parent is not None and parent is not scope:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _flat_text(node) -> str:  # noqa: ANN001  (a selectolax node)
    """A node's words as one line: text nodes as they stand, a space where an element of its own line
    begins ("<div>By</div><a>Name</a>" is "By Name"), no space before a comma the markup set apart."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in _BLOCK_TAGS:
            parts.append(" ")
    return re.sub(r"\s+([,;])", r"\1", " ".join("".join(parts).split()))


def _story_block(tree: HTMLParser):  # noqa: ANN202
    """On a page with no <article> or <main>: the element round the block that holds most of its paragraphs (the
    story's body and what sits beside it, its pictures and their captions), or None for a page of few paragraphs."""
    holders: dict[int, list] = {}
    for p in tree.css("p"):
        if (parent := p.parent) is not None:
            holders.setdefault(parent.mem_id, [parent, 0])[1] += 1
    if not holders:
        return None
    block, count = max(holders.values(), key=lambda pair: pair[1])
    return block.parent if count >= 3 and block.parent is not None and block.parent.tag != "body" else None


def _inside_furniture(node, article) -> bool:  # noqa: ANN001
    parent = node.parent
    while parent is not None and parent is not article and parent.tag != "article":
        if parent.tag in ("aside", "nav", "footer", "form"):
            return True
        parent = parent.parent
    return False


def fragment_text(markup: str) -> str:
    """The visible text of a piece of markup (an article body kept as HTML in a JSONL dump)."""
    return visible_text(HTMLParser(markup))


def visible_text(tree: HTMLParser) -> str:
    """The text a reader sees, paragraphs separated by blank lines."""
    root = tree.body or tree.root
    if root is None:
        return ""
    for form in root.css("form"):
        if form.css_first("article, main") is not None or len(form.css("p")) >= 3:
            form.unwrap()  # a page built as one form (ASP.NET's): its content, not a search box or a sign-up
    tree.strip_tags(_INVISIBLE_TAGS)
    for node in root.css("time"):
        # a timestamp set against a byline with no space, spaced by the page's style: "By Sanne de Wit8 February
        # 2024, 16:12Updated 17:40" reads "By Sanne de Wit 8 February 2024, 16:12 Updated 17:40" (not before a
        # comma: "Thursday 14 Nov 2019</time>, 7:02 AM")
        before, after = node.prev, node.next
        if before is not None and (text := before.text()) and text[-1].isalnum():
            node.insert_before(" ")
        if after is not None and (text := after.text()) and text[0].isalnum():
            node.insert_after(" ")
    parts: list[str] = []
    # traverse() is iterative, so deeply nested markup cannot exhaust the stack.
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            # Line breaks inside a text node are source formatting, not paragraphs.
            parts.append(_WHITESPACE.sub(" ", node.text_content or ""))
        elif node.tag in _BLOCK_TAGS:
            parts.append("\n\n")
    paragraphs = (_SPACES.sub(" ", p).strip() for p in _BLANK_LINES.split("".join(parts)))
    return repair_if_broken("\n\n".join(p for p in paragraphs if p))


def html_published(tree: HTMLParser) -> str | None:
    """Publication date from meta tags, JSON-LD `datePublished` or the first `<time datetime>`."""
    for selector in _DATE_METAS:
        node = tree.css_first(selector)
        if node is not None and (value := normalise_published(node.attributes.get("content"))):
            return value
    for node in tree.css('script[type="application/ld+json"]'):
        value = _jsonld_date(node.text() or "")
        if value:
            return value
    for node in tree.css("time[datetime]"):
        if value := normalise_published(node.attributes.get("datetime")):
            return value
    return None


def _jsonld_date(payload: str) -> str | None:
    try:
        data = json.loads(payload)
    except json.JSONDecodeError:
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if value := normalise_published(item.get("datePublished")):
                return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def html_title(tree: HTMLParser) -> str | None:
    node = tree.css_first('meta[property="og:title"]')
    if node is not None and node.attributes.get("content"):
        return node.attributes["content"]
    node = tree.css_first("title")
    return node.text(strip=True) if node is not None else None


def _jsonld_objects(tree: HTMLParser) -> Iterator[dict]:
    """The top-level objects of the page's JSON-LD scripts (a script holding a list gives each of its objects);
    scripts that are no JSON are passed over."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except json.JSONDecodeError:
            continue
        yield from (item for item in (data if isinstance(data, list) else [data]) if isinstance(item, dict))


def html_site_name(tree: HTMLParser) -> str | None:
    """The site's own name: `og:site_name`, else the JSON-LD publisher's name."""
    node = tree.css_first('meta[property="og:site_name"]')
    if node is not None and (name := " ".join((node.attributes.get("content") or "").split())):
        return repair_if_broken(name)
    for item in _jsonld_objects(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
            return repair_if_broken(" ".join(publisher["name"].split()))
    return None


def html_authors(tree: HTMLParser) -> list[str]:
    """The people the page names as its authors: `<meta name="author">` and JSON-LD `author` (a Person or a
    list of them), in that order, once each."""
    names: list[str] = []
    node = tree.css_first('meta[name="author"]')
    if node is not None:
        names.append(node.attributes.get("content") or "")
    for item in _jsonld_objects(tree):
        author = item.get("author")
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and person.get("@type") == "Person" and isinstance(person.get("name"), str):
                names.append(person["name"])
    out: list[str] = []
    for name in names:
        name = repair_if_broken(" ".join(name.split()))
        if name and name not in out and not name.startswith(("http", "@")):
            out.append(name)
    return out


# what a byline element holds besides its names: "By", the outlet or place after a comma or a bar, "and" between two
# names; a job or a desk makes the line one for the actor rules to read ("Rohit Menon Senior Reporter, ...")
_BYLINE_LEAD = re.compile(r"^(?:(?:Written|Reported|Words)\s+)?[Bb]y:?\s+")
_BYLINE_REST = re.compile(r"\s*[,|\u00b7\u2022;].*$")
_BYLINE_AND = re.compile(r"\s+(?:and|&)\s+")
_NAME_PART = re.compile(r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u024F'\u2019\-]*[a-z\u00DF-\u024F][\w'\u2019\-]*"
                        r"|(?:van|von|de|der|den|da|di|del|la|le|bin|binti)")
_BYLINE_JOBS = re.compile(r"\b(?:Reporter|Correspondent|Editor|Writer|Staff|Desk|Columnist|Contributor|Photographer|"
                          r"Producer|Team|Bureau|Affairs|Follow)s?\b", re.IGNORECASE)


def byline_names(bylines: Iterable[str]) -> list[str]:
    """The names of people a page's byline elements hold ("Sanne de Wit", "By Ana Ruiz and Tom Lee, Reuters"):
    the names before the first comma or bar, each of two to four name words (an outlet's "LRT.lt" is none)."""
    out: list[str] = []
    for line in sorted(bylines):
        names = _BYLINE_REST.sub("", _BYLINE_LEAD.sub("", line))
        if _BYLINE_JOBS.search(names):
            continue
        for part in _BYLINE_AND.split(names):
            words = part.split()
            if 2 <= len(words) <= 4 and all(_NAME_PART.fullmatch(w) for w in words) and part not in out:
                out.append(part)
    return out


def html_canonical_url(tree: HTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]') or tree.css_first('meta[property="og:url"]')
    if node is None:
        return None
    return node.attributes.get("href") or node.attributes.get("content")
