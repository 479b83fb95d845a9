"""Make test PDFs laid out like the printed Trafficking in Persons Report.

Two justified columns, a running head on every page (the report title on
even pages, the current country on odd ones), a printed page number, bold
narrative headings, words hyphenated at line ends, ligature glyphs drawn for
"fi"/"fl", photo boxes with captions across both columns, and optionally a
cover, a one-column front page and the tier placement list (tier headings across the page, the
countries in three or four columns beneath each).

    python tools/make_tip_pdf.py --from-dir ../shared/data/tip2018 --out X.pdf [--limit N]
    python tools/make_tip_pdf.py --from-file narratives.txt --out X.pdf --expected X.expected.json

Besides the PDF, `build_report` returns (and `--expected` writes) what was
laid out, in reading order: each narrative's paragraphs (headings included,
bullet glyphs dropped), the captions and the front matter, so tests and the
benchmark can check the text a loader recovers.

Input text: one narrative starts at a line "COUNTRY: TIER X" (or
"COUNTRY: SPECIAL CASE"); headings (RECOMMENDATIONS..., PROSECUTION, ...)
stand on lines of their own; every other non-empty line is a paragraph, or
a bullet when it starts with "- " or "* ".
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

NARRATIVE_HEADING = re.compile(
    r"^(?P<name>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .,'()&-]*?[A-Z\u00c0-\u00de.)]):\s*"
    r"(?P<tier>TIER 2 WATCH LIST|TIER [123]|SPECIAL CASE)\s*$"
)
SUBHEADING = re.compile(
    r"^(?:PRIORITIZED RECOMMENDATIONS:?|RECOMMENDATIONS FOR [A-Z .,'()&-]+:?"
    r"|PROSECUTION|PROTECTION|PREVENTION"
    r"|TRAFFICKING PROFILE|GOVERNMENT EFFORTS)\s*$"
)
TIERS = ("TIER 1", "TIER 2", "TIER 2 WATCH LIST", "TIER 3", "SPECIAL CASES")

# Photo captions written for these test documents (not report text).
CAPTIONS = (
    "Workers sort the morning catch at a harbor market. Crews recruited for distant-water fishing fleets "
    "can spend months at sea without pay, and some never see the contracts they signed.",
    "A shelter counselor meets a young woman who left a massage parlor after a police referral. Survivors "
    "often need legal aid, housing and job training long after the criminal case is closed.",
    "Brick kiln laborers carry loads across a drying yard. Advance payments that grow faster than wages can "
    "hold whole families in debt bondage for years.",
    "Migrant domestic workers wait outside a recruitment office. Fees charged before departure leave many "
    "owing more than a year of their future earnings.",
    "Children walk along a mining road after a shift at an artisanal gold site. Inspectors rarely reach "
    "remote sites where minors wash ore for local bosses.",
    "A labor inspector reviews payroll records at a garment factory. Withheld passports and unpaid overtime "
    "are common indicators of forced labor in the sector.",
)

FRONT_MATTER = (
    ("INTRODUCTION", "heading"),
    (
        "This report covers government efforts to fight human trafficking during the reporting period. Each "
        "country narrative describes the scope of the problem and the steps a government took to prosecute "
        "traffickers, protect survivors and prevent the crime, and ends with a profile of how traffickers "
        "operate in that country.",
        "para",
    ),
    (
        "Placements on the tiers reflect a government's efforts measured against the minimum standards, not "
        "the size of the problem. A country on Tier 1 still has work to do; a country on Tier 3 may be "
        "taking some steps that are not yet enough.",
        "para",
    ),
)


@dataclass
class Style:
    """How the pages look. The defaults are close to the printed report."""

    width: float = letter[0]
    height: float = letter[1]
    margin_left: float = 54.0
    margin_right: float = 54.0
    margin_top: float = 66.0
    margin_bottom: float = 58.0
    gutter: float = 18.0
    body_size: float = 9.0
    leading: float = 11.0
    heading_size: float = 12.0
    subheading_size: float = 9.5
    paragraph_style: str = "space"  # "space": blank space between paragraphs; "indent": first-line indent
    paragraph_space: float = 5.0
    indent: float = 12.0
    space_glyphs: bool = True  # draw a space glyph after each word (False: words placed by position only)
    ligatures: bool = True  # draw "fi"/"fl" as the ligature glyphs U+FB01/U+FB02
    quote_glyphs: bool = False  # draw quotes as fi/fl ligatures and em dashes as S-caron (a known font quirk)
    hyphenate: bool = True
    page_number: str = "foot"  # "foot": centred under the text; "head": at the outer edge of the running head
    first_printed: int = 1  # printed number of the first body page
    box_every: int = 7  # a photo box with a caption on every n-th narrative page (0: never)
    report_year: int = 2018
    list_columns: int = 4  # columns of the tier placement list (fewer when the longest name needs it)
    list_gutter: float = 12.0
    list_size: float = 8.0
    head_title: str = "{year} TRAFFICKING IN PERSONS REPORT"

    @property
    def column_width(self) -> float:
        return (self.width - self.margin_left - self.margin_right - self.gutter) / 2


@dataclass
class Narrative:
    country: str
    tier: str
    heading: str
    # (kind, text), kind: heading, subheading, para or bullet
    blocks: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class BuildResult:
    pages: int
    narratives: list[dict]
    captions: list[str]
    front: list[str]
    placements: dict[str, list[str]]


def parse_narratives(text: str) -> list[Narrative]:
    """Narratives in a text: each starts at a "COUNTRY: TIER X" line."""
    narratives: list[Narrative] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        m = NARRATIVE_HEADING.match(line)
        if m:
            narratives.append(Narrative(m.group("name"), m.group("tier"), line, [("heading", line)]))
        elif not narratives:
            continue
        elif SUBHEADING.match(line):
            narratives[-1].blocks.append(("subheading", line))
        elif line[:2] in ("- ", "* ", "\u2022 "):
            narratives[-1].blocks.append(("bullet", line[2:].strip()))
        else:
            narratives[-1].blocks.append(("para", line))
    return narratives


def clean_source(text: str, country: str) -> str:
    """Real extracted narratives (../shared/data/tip2018) carry the old PDF's page numbers glued to its
    running heads ("99BENINincreasing"): drop those, and undo the PDF glyph quirks."""
    from ctip_extract.documents.normalise import normalise_text

    text = normalise_text(text, keep_offsets=False)
    names = {country}
    if ", THE" in country:
        names.add("THE " + country.replace(", THE", ""))
    names |= {n.split(",")[0] for n in list(names)}
    heads = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    text = re.sub(rf"(?<![\d,.])\d{{1,3}}(?:{heads})(?=\S)", " ", text)
    return re.sub(r"[ \t]+", " ", text)


def read_dir(folder: Path, limit: int | None = None) -> list[Narrative]:
    """The narratives of a folder of `<country>_<year>.txt` files, in INDEX.tsv order when there is one."""
    index = folder / "INDEX.tsv"
    if index.is_file():
        with index.open(encoding="utf-8") as fh:
            rows = [(r["file"], r["country"]) for r in csv.DictReader(fh, delimiter="\t")]
    else:
        rows = [(p.name, "") for p in sorted(folder.glob("*.txt"))]
    out: list[Narrative] = []
    for name, country in rows[:limit]:
        text = (folder / name).read_text(encoding="utf-8")
        if not country:
            m = NARRATIVE_HEADING.match(text.split("\n", 1)[0].strip())
            country = m.group("name") if m else ""
        out.extend(parse_narratives(clean_source(text, country)))
    return out


def _register_fonts() -> None:
    if "TipText" in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pdfmetrics.registerFont(TTFont("TipText", os.path.join(folder, "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("TipText-Bold", os.path.join(folder, "VeraBd.ttf")))
    pdfmetrics.registerFont(TTFont("TipText-Italic", os.path.join(folder, "VeraIt.ttf")))


_OPEN_QUOTE = re.compile(r'^["\u201c]')
_CLOSE_QUOTE = re.compile(r'["\u201d](?=[.,;:)]*$)')


class _Report:
    """Lays out blocks of text into the two columns of successive pages."""

    def __init__(self, out: Path, style: Style, encrypt: str | None = None) -> None:
        _register_fonts()
        self.style = style
        self.c = canvas.Canvas(str(out), pagesize=(style.width, style.height), encrypt=encrypt, invariant=1)
        self.c.setTitle(f"Trafficking in Persons Report {style.report_year}")
        self.pages = 0
        self.body_pages = 0
        self.frames: list[tuple[float, float, float, float]] = []  # x, width, top, bottom
        self.frame = -1
        self.y = 0.0
        self.head = ""
        self.captions: list[str] = []
        self.page_open = False

    # pages -----------------------------------------------------------------
    def new_page(self, *, head: str | None = None, body: bool = True, box: bool = True) -> None:
        if self.page_open:
            self.c.showPage()
        self.pages += 1
        self.page_open = True
        s = self.style
        top, bottom = s.height - s.margin_top, s.margin_bottom
        if not body:
            self.frames = [(s.margin_left, s.width - s.margin_left - s.margin_right, top, bottom)]
            self.frame, self.y = 0, top
            return
        self.body_pages += 1
        printed = str(s.first_printed + self.body_pages - 1)
        even = self.pages % 2 == 0
        head_text = s.head_title.format(year=s.report_year) if even or not head else head
        self._running_head(head_text, printed, even)
        left = (s.margin_left, s.column_width, top, bottom)
        right = (s.margin_left + s.column_width + s.gutter, s.column_width, top, bottom)
        if box and s.box_every and self.body_pages % s.box_every == 3 % s.box_every:
            box_top = top - 0.3 * (top - bottom)
            box_bottom = self._photo_box(box_top)
            self.frames = [
                (left[0], left[1], top, box_top + 8),
                (left[0], left[1], box_bottom - 8, bottom),
                (right[0], right[1], top, box_top + 8),
                (right[0], right[1], box_bottom - 8, bottom),
            ]
        else:
            self.frames = [left, right]
        self.frame, self.y = 0, self.frames[0][2]

    def _running_head(self, text: str, printed: str, even: bool) -> None:
        s, c = self.style, self.c
        y = s.height - 40
        c.setFont("TipText-Bold", 7.5)
        if s.page_number == "head":
            if even:
                c.drawString(s.margin_left, y, printed)
                c.drawString(s.margin_left + 24, y, text)
            else:
                c.drawRightString(s.width - s.margin_right, y, printed)
                c.drawRightString(s.width - s.margin_right - 24, y, text)
        else:
            if even:
                c.drawString(s.margin_left, y, text)
            else:
                c.drawRightString(s.width - s.margin_right, y, text)
            c.setFont("TipText", 8)
            c.drawCentredString(s.width / 2, 30, printed)
        c.setLineWidth(0.4)
        c.line(s.margin_left, y - 6, s.width - s.margin_right, y - 6)

    def _photo_box(self, box_top: float) -> float:
        """A grey photo and its caption across both columns; returns the box's bottom."""
        s, c = self.style, self.c
        caption = CAPTIONS[len(self.captions) % len(CAPTIONS)]
        self.captions.append(caption)
        width = s.width - s.margin_left - s.margin_right
        photo_h = 96.0
        c.setFillGray(0.8)
        c.rect(s.margin_left, box_top - photo_h, width, photo_h, stroke=0, fill=1)
        c.setFillGray(0)
        lines = self._break(caption, "TipText-Italic", 8.0, width - 12, hyphenate=False)
        y = box_top - photo_h - 12
        for i, words in enumerate(lines):
            self._draw_words(words, s.margin_left + 6, y, width - 12, "TipText-Italic", 8.0,
                             justify=i < len(lines) - 1)
            y -= 10
        bottom = y + 4
        c.setLineWidth(0.5)
        c.rect(s.margin_left, bottom, width, box_top - bottom, stroke=1, fill=0)
        return bottom

    def finish(self) -> None:
        if self.page_open:
            self.c.showPage()
        self.c.save()

    # flow ------------------------------------------------------------------
    def _room(self, height: float) -> bool:
        return self.y - height >= self.frames[self.frame][3]

    def _advance(self) -> None:
        if self.frame + 1 < len(self.frames):
            self.frame += 1
            self.y = self.frames[self.frame][2]
        else:
            self.new_page(head=self.head)

    def _at_top(self) -> bool:
        return self.y == self.frames[self.frame][2]

    def _glyphs(self, word: str) -> str:
        s = self.style
        if s.quote_glyphs:
            word = _OPEN_QUOTE.sub("\ufb01", word)
            word = _CLOSE_QUOTE.sub("\ufb02", word)
            return word.replace("\u2014", "\u0160")
        if s.ligatures:
            return word.replace("fi", "\ufb01").replace("fl", "\ufb02")
        return word

    def _width(self, word: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(self._glyphs(word), font, size)

    def _break(self, text: str, font: str, size: float, width: float, *, hyphenate: bool,
               first_indent: float = 0.0) -> list[list[str]]:
        """Greedy line breaking; a word that does not fit is split with a hyphen when a piece fits."""
        space = pdfmetrics.stringWidth(" ", font, size)
        lines: list[list[str]] = []
        line: list[str] = []
        used = first_indent
        words = text.split()
        i = 0
        while i < len(words):
            word = words[i]
            w = self._width(word, font, size)
            need = w + (space if line else 0)
            if used + need <= width or not line:
                line.append(word)
                used += need
                i += 1
                continue
            piece = self._hyphen_piece(word, font, size, width - used - space) if hyphenate else None
            if piece:
                line.append(piece[0])
                words[i] = piece[1]
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    def _hyphen_piece(self, word: str, font: str, size: float, room: float) -> tuple[str, str] | None:
        """(head ending in "-", rest) of `word` fitting in `room`, or None."""
        if "-" in word[2:-2]:  # a compound breaks after its own hyphen
            cut = word.index("-", 2) + 1
            if word[cut:cut + 1].islower() and self._width(word[:cut], font, size) <= room:
                return word[:cut], word[cut:]
            return None
        m = re.fullmatch(r"([a-z]{6,})([.,;:)]*)", word)
        if not m:
            return None
        core = m.group(1)
        for cut in range(len(core) - 3, 2, -1):
            if self._width(core[:cut] + "-", font, size) <= room:
                return core[:cut] + "-", word[cut:]
        return None

    def _draw_words(self, words: list[str], x: float, y: float, width: float, font: str, size: float,
                    *, justify: bool) -> None:
        """One text object a line: justified by word spacing (Tw) when space glyphs are drawn, else by
        placing every word on its own (as some producers do)."""
        widths = [self._width(w, font, size) for w in words]
        space = pdfmetrics.stringWidth(" ", font, size)
        gap = space
        if justify and len(words) > 1:
            gap = (width - sum(widths)) / (len(words) - 1)
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        if self.style.space_glyphs:
            t.setWordSpace(gap - space)
            t.textOut(" ".join(self._glyphs(w) for w in words))
        else:
            for word, w in zip(words, widths):
                t.setTextOrigin(x, y)
                t.textOut(self._glyphs(word))
                x += w + gap
        self.c.drawText(t)

    def block(self, kind: str, text: str) -> None:
        s = self.style
        if kind in ("heading", "subheading"):
            size = s.heading_size if kind == "heading" else s.subheading_size
            lead = size + 2
            lines = self._break(text, "TipText-Bold", size, s.column_width, hyphenate=False)
            before = 14.0 if kind == "heading" else 7.0
            need = before + lead * len(lines) + 2 * s.leading  # keep with the next two lines
            if not self._at_top() and not self._room(need):
                self._advance()
            if not self._at_top():
                self.y -= before
            for words in lines:
                if not self._room(lead):
                    self._advance()
                self.y -= lead
                x = self.frames[self.frame][0]
                self._draw_words(words, x, self.y + 3, s.column_width, "TipText-Bold", size, justify=False)
            self.y -= 2
            return
        bullet = kind == "bullet"
        indent = 10.0 if bullet else (s.indent if s.paragraph_style == "indent" else 0.0)
        width = s.column_width - (indent if bullet else 0.0)
        lines = self._break(text, "TipText", s.body_size, width, hyphenate=s.hyphenate,
                            first_indent=0.0 if bullet else indent)
        if not self._at_top() and s.paragraph_style == "space":
            self.y -= s.paragraph_space
        for j, words in enumerate(lines):
            if not self._room(s.leading):
                self._advance()
            self.y -= s.leading
            x0 = self.frames[self.frame][0]
            x = x0 + indent if (bullet or j == 0) else x0
            w = s.column_width - (x - x0)
            if bullet and j == 0:
                self.c.setFont("TipText", s.body_size)
                self.c.drawString(x0 + 1, self.y + 2, "\u2022")
            self._draw_words(words, x, self.y + 2, w, "TipText", s.body_size, justify=j < len(lines) - 1)

    # whole parts -------------------------------------------------------------
    def cover(self) -> list[str]:
        s, c = self.style, self.c
        self.new_page(body=False)
        c.setFont("TipText-Bold", 30)
        c.drawCentredString(s.width / 2, s.height * 0.6, "TRAFFICKING IN PERSONS REPORT")
        c.setFont("TipText", 16)
        c.drawCentredString(s.width / 2, s.height * 0.6 - 40, f"JUNE {s.report_year}")
        self.new_page(body=False)
        front: list[str] = []
        for text, kind in FRONT_MATTER:
            if kind == "heading":
                c.setFont("TipText-Bold", 14)
                self.y -= 20
                c.drawString(s.margin_left, self.y, text)
                self.y -= 10
            else:
                width = s.width - s.margin_left - s.margin_right
                lines = self._break(text, "TipText", 10, width, hyphenate=False)
                for j, words in enumerate(lines):
                    self.y -= 13
                    last = j == len(lines) - 1
                    self._draw_words(words, s.margin_left, self.y, width, "TipText", 10, justify=not last)
                self.y -= 6
            front.append(text)
        c.setFont("TipText", 8)
        c.drawCentredString(s.width / 2, 30, "ii")
        return front

    def list_columns(self, names: list[str]) -> list[float]:
        """x of each column of the placement list: as many as the style asks for (3-4 in the printed
        report) while the longest name still fits in one."""
        s = self.style
        full = s.width - s.margin_left - s.margin_right
        widest = max((pdfmetrics.stringWidth(n, "TipText", s.list_size) for n in names), default=0.0)
        n = max(1, s.list_columns)
        while n > 1 and (full - (n - 1) * s.list_gutter) / n < widest + 2:
            n -= 1
        step = (full - (n - 1) * s.list_gutter) / n + s.list_gutter
        return [s.margin_left + k * step for k in range(n)]

    def placement_list(self, placements: dict[str, list[str]]) -> None:
        """The tier placement list: a title, then each tier under a heading bar across the page, its
        countries in columns beneath (alphabetical down each column, as in the printed report)."""
        s, c = self.style, self.c
        self.new_page(head=s.head_title.format(year=s.report_year), box=False)
        full = s.width - s.margin_left - s.margin_right
        col_x = self.list_columns([n for names in placements.values() for n in names])
        leading = s.list_size + 3
        self.y -= 16
        c.setFont("TipText-Bold", 16)
        c.drawCentredString(s.width / 2, self.y, "TIER PLACEMENTS")
        self.y -= 10
        for tier in TIERS:
            names = placements.get(tier) or []
            if not names:
                continue
            if self.y - 40 < s.margin_bottom:
                self.new_page(head=s.head_title.format(year=s.report_year), box=False)
            self.y -= 22
            c.setFillGray(0.85)
            c.rect(s.margin_left, self.y - 4, full, 16, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("TipText-Bold", 11)
            c.drawCentredString(s.width / 2, self.y, tier)
            self.y -= 6
            rest = list(names)
            n = len(col_x)
            while rest:
                rows = int((self.y - s.margin_bottom) // leading)
                if rows < 1:
                    self.new_page(head=s.head_title.format(year=s.report_year), box=False)
                    continue
                chunk, rest = rest[: n * rows], rest[n * rows:]
                per_column = -(-len(chunk) // n)
                c.setFont("TipText", s.list_size)
                for k, name in enumerate(chunk):
                    col, row = divmod(k, per_column)
                    c.drawString(col_x[col], self.y - leading * (row + 1), name)
                self.y -= leading * per_column
                if rest:
                    self.new_page(head=s.head_title.format(year=s.report_year), box=False)

    def narrative(self, n: Narrative) -> tuple[list[str], int]:
        """Lays out a narrative; returns its paragraphs and the page its heading went on."""
        self.head = n.country
        paragraphs = []
        page = 0
        for kind, text in n.blocks:
            self.block(kind, text)
            page = page or self.pages
            paragraphs.append(text)
        return paragraphs, page


def build_report(narratives: list[Narrative], out: str | Path, style: Style | None = None, *,
                 front: bool = True, placements: bool = True, encrypt: str | None = None) -> BuildResult:
    """Lay `narratives` out as the printed report into `out`; return what was laid out."""
    style = style or Style()
    report = _Report(Path(out), style, encrypt)
    front_text = report.cover() if front else []
    tiers: dict[str, list[str]] = {}
    if placements:
        for n in narratives:
            tier = "SPECIAL CASES" if n.tier == "SPECIAL CASE" else n.tier
            tiers.setdefault(tier, []).append(_display_name(n.country))
        report.placement_list(tiers)
    report.new_page(head=narratives[0].country if narratives else None)
    laid_out = []
    for n in narratives:
        paragraphs, page = report.narrative(n)
        laid_out.append({
            "country": n.country, "tier": n.tier, "heading": n.heading, "page": page,
            "paragraphs": paragraphs,
        })
    report.finish()
    return BuildResult(report.pages, laid_out, report.captions, front_text, tiers)


def _display_name(country: str) -> str:
    small = {"And", "Of", "The"}
    words = [w.capitalize() if w.isalpha() else w.title() for w in country.split()]
    return " ".join(w.lower() if w in small and i else w for i, w in enumerate(words))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--from-dir", type=Path, help="folder of narrative .txt files (with INDEX.tsv)")
    src.add_argument("--from-file", type=Path, help="one text file holding one or more narratives")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N narratives")
    parser.add_argument("--expected", type=Path, help="write what was laid out (JSON) here")
    parser.add_argument("--no-front", action="store_true", help="no cover and front page")
    parser.add_argument("--no-placements", action="store_true", help="no tier placement list")
    parser.add_argument("--paragraph-style", choices=("space", "indent"), default="space")
    parser.add_argument("--no-space-glyphs", action="store_true", help="place words by position only")
    parser.add_argument("--quote-glyphs", action="store_true", help="draw quotes/dashes as fi/fl/S-caron")
    parser.add_argument("--page-number", choices=("foot", "head"), default="foot")
    parser.add_argument("--first-printed", type=int, default=1)
    parser.add_argument("--box-every", type=int, default=7)
    parser.add_argument("--year", type=int, default=2018)
    parser.add_argument("--list-columns", type=int, default=4, help="columns of the tier placement list")
    args = parser.parse_args(argv)
    if args.from_dir:
        narratives = read_dir(args.from_dir, args.limit)
    else:
        narratives = parse_narratives(args.from_file.read_text(encoding="utf-8"))[: args.limit]
    if not narratives:
        print("no narratives found (a narrative starts at a line 'COUNTRY: TIER X')", file=sys.stderr)
        return 1
    style = Style(
        paragraph_style=args.paragraph_style,
        space_glyphs=not args.no_space_glyphs,
        quote_glyphs=args.quote_glyphs,
        ligatures=not args.quote_glyphs,
        page_number=args.page_number,
        first_printed=args.first_printed,
        box_every=args.box_every,
        report_year=args.year,
        list_columns=args.list_columns,
    )
    result = build_report(narratives, args.out, style, front=not args.no_front,
                          placements=not args.no_placements)
    if args.expected:
        dump = json.dumps(asdict(result), indent=1, ensure_ascii=False)
        args.expected.write_text(dump + "\n", encoding="utf-8")
    print(f"{args.out}: {result.pages} pages, {len(narratives)} narratives", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
