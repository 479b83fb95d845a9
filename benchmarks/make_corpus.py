"""Generate a synthetic counter-trafficking news corpus (deterministic for a seed).

    python benchmarks/make_corpus.py OUT_DIR [--n 10000] [--seed 7] [--format txt|jsonl] [--per-file 500]

Articles in the genre the pipeline reads: rescue operations, prosecutions and
convictions, donor programmes, Trafficking in Persons Report tier news, with
numbers (digits and words), qualifiers ("at least", "more than"), dates
(absolute and relative), named people with roles, agencies and acronyms.
Every sentence is built from templates written for this script; names of
people are invented. `txt` writes one article a file with a `.meta.json`
sidecar, in sub-folders of 500; `jsonl` writes `--per-file` articles a file.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

COUNTRIES = [
    "Cambodia", "Thailand", "Malaysia", "Nigeria", "Libya", "Argentina", "Nepal", "India", "Bangladesh",
    "the Philippines", "Vietnam", "Indonesia", "Ghana", "Kenya", "Uganda", "Mexico", "Guatemala", "Honduras",
    "Moldova", "Romania", "Ukraine", "Laos", "Burma", "Sri Lanka", "Pakistan", "Peru", "Colombia", "Qatar",
]
AGENCIES = [
    ("International Organization for Migration", "IOM"),
    ("United Nations Office on Drugs and Crime", "UNODC"),
    ("U.S. Agency for International Development", "USAID"),
    ("International Labour Organization", "ILO"),
    ("United Nations Children's Fund", "UNICEF"),
    ("Federal Bureau of Investigation", "FBI"),
    ("National Crime Agency", "NCA"),
    ("Anti-Trafficking Police Unit", "ATPU"),
    ("National Agency for the Prohibition of Trafficking in Persons", "NAPTIP"),
    ("Department of Social Welfare and Development", "DSWD"),
]
NGOS = ["Freedom Lantern", "Safe Passage Alliance", "Harbour Light Network", "Open Doors Shelter Trust",
        "Blue Thread Foundation", "Riverbank Legal Aid", "Morning Star Coalition"]
PROGRAMS = ["Counter Trafficking in Persons (CTIP) program", "Safe Migration Initiative", "Project Lifeline",
            "Combating Human Trafficking Activity", "Victim Assistance and Recovery Project",
            "Border Watch Partnership"]
FIRST = ["Amara", "Sokha", "Daniel", "Maria", "Tunde", "Priya", "Nguyen", "Elena", "Samuel", "Grace",
         "Rafael", "Aisha", "Kofi", "Lina", "Mateo", "Chandra", "Irina", "Joseph", "Mei", "Omar"]
LAST = ["Okafor", "Chenda", "Morales", "Haddad", "Sharma", "Tran", "Petrescu", "Mensah", "Alvarez",
        "Rahman", "Santos", "Kovalenko", "Boateng", "Lim", "Ochieng", "Suarez", "Khatri", "Dumitru"]
ROLES = ["director", "spokesperson", "chief prosecutor", "program manager", "police commissioner",
         "country representative", "minister of labour", "shelter coordinator", "deputy inspector general"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}
QUALIFIERS = ["at least", "more than", "nearly", "about", "approximately", "over", "fewer than", "up to",
              "some", "an estimated", ""]
TIERS = ["Tier 1", "Tier 2", "the Tier 2 Watch List", "Tier 3"]
VICTIMS = ["victims", "women and girls", "migrant workers", "children", "fishermen", "domestic workers",
           "survivors", "trafficking victims", "foreign nationals"]
OFFENDERS = ["suspects", "traffickers", "recruiters", "brokers", "alleged traffickers"]


class Writer:
    """Sentences of one article, drawing from a seeded random generator."""

    def __init__(self, rng: random.Random, year: int) -> None:
        self.r = rng
        self.year = year

    def pick(self, seq):
        return self.r.choice(seq)

    def number(self, low: int = 2, high: int = 900) -> str:
        n = self.r.randint(low, high)
        if n in WORDS and self.r.random() < 0.5:
            return WORDS[n]
        return f"{n:,}" if n >= 1000 else str(n)

    def amount(self) -> str:
        value = self.r.choice([1.2, 2.5, 3, 4.8, 7, 12, 15.5, 20, 36])
        unit = self.r.choice(["million", "billion", "thousand"]) if value < 50 else ""
        return f"${value:g} {unit}".strip()

    def qty(self, noun_list, low=2, high=900) -> str:
        q = self.pick(QUALIFIERS)
        return f"{q + ' ' if q else ''}{self.number(low, high)} {self.pick(noun_list)}"

    def date(self) -> str:
        style = self.r.randint(0, 5)
        month = self.pick(MONTHS)
        if style == 0:
            return f"on {month} {self.r.randint(1, 28)}, {self.year}"
        if style == 1:
            return f"in {month} {self.year - self.r.randint(0, 2)}"
        if style == 2:
            return self.pick(["last year", "last month", "earlier this year", "last week", "in the past year"])
        if style == 3:
            return f"between {month} and {self.pick(MONTHS)} {self.year - 1}"
        if style == 4:
            return f"in fiscal year {self.year - 1}"
        return f"since {self.year - self.r.randint(2, 9)}"

    def person(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def agency(self, first: bool) -> str:
        name, acronym = self.pick(AGENCIES)
        return f"the {name} ({acronym})" if first else acronym

    def rescue(self, country: str) -> list[str]:
        return [
            f"Police in {country} rescued {self.qty(VICTIMS)} {self.date()} in a raid on a "
            f"{self.pick(['garment factory', 'fishing fleet', 'karaoke bar', 'brick kiln', 'plantation'])}.",
            f"Officers arrested {self.qty(OFFENDERS, 2, 40)} and seized {self.amount()} in cash.",
            f"\"These {self.pick(VICTIMS)} were promised jobs abroad and then held in debt,\" said "
            f"{self.person()}, {self.pick(ROLES)} of {self.pick(NGOS)}, which runs a shelter for "
            f"{self.qty(['residents', 'survivors'], 10, 300)}.",
            f"The operation followed a tip from {self.agency(True)}, which said {self.number(5, 95)} percent of "
            f"the people it assisted {self.date()} had been recruited online.",
        ]

    def prosecution(self, country: str) -> list[str]:
        return [
            f"A court in {country} sentenced {self.qty(OFFENDERS, 2, 30)} to between {self.number(3, 9)} and "
            f"{self.number(10, 25)} years in prison {self.date()} for trafficking {self.qty(VICTIMS)}.",
            f"Authorities reported {self.number(20, 900)} investigations, {self.number(10, 400)} prosecutions "
            f"and {self.number(5, 200)} convictions {self.date()}, compared with {self.number(5, 200)} "
            f"convictions the year before.",
            f"{self.person()}, the {self.pick(ROLES)}, said the number of cases rose {self.number(5, 60)} percent.",
        ]

    def program(self, country: str) -> list[str]:
        program = self.pick(PROGRAMS)
        return [
            f"{self.agency(True).capitalize()} launched the {program} in {country} {self.date()} with "
            f"{self.amount()} in funding over {self.number(2, 5)} years.",
            f"The {program} has trained {self.qty(['police officers', 'labour inspectors', 'judges', 'social workers'], 50, 5000)} "
            f"and reached {self.qty(['people', 'students', 'villages', 'households'], 1000, 90000)}.",
            f"Partners include {self.pick(NGOS)} and {self.agency(False)}, according to {self.person()}.",
        ]

    def tier(self, country: str) -> list[str]:
        before, after = self.r.sample(TIERS, 2)
        verb = self.pick(["was downgraded to", "was upgraded to", "remained on", "moved to"])
        return [
            f"The U.S. State Department's {self.year} Trafficking in Persons (TIP) Report placed {country} on "
            f"{after}, after {self.number(2, 4)} years on {before}.",
            f"{country} {verb} {after} because the government "
            f"{self.pick(['does not fully meet the minimum standards', 'fully meets the minimum standards'])}"
            f" for the elimination of trafficking.",
            f"The report said officials identified {self.qty(VICTIMS)} {self.date()}.",
        ]


def article(rng: random.Random, index: int) -> dict[str, str]:
    """One article: title, published date (YYYY-MM-DD) and text of 6 to 14 sentences."""
    year = rng.randint(2012, 2024)
    w = Writer(rng, year)
    country = w.pick(COUNTRIES)
    kinds = [w.rescue, w.prosecution, w.program, w.tier]
    lead = rng.choice(kinds)
    sentences = lead(country)
    for _ in range(rng.randint(1, 3)):
        sentences += rng.choice(kinds)(w.pick(COUNTRIES) if rng.random() < 0.3 else country)
    paragraphs, para = [], []
    for sentence in sentences:
        para.append(sentence)
        if len(para) >= rng.randint(2, 4):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    title = f"{country}: {lead.__name__.capitalize()} news #{index}"
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"title": title, "published": published, "text": "\n\n".join(paragraphs) + "\n"}


def write_corpus(out: Path, n: int, seed: int = 7, fmt: str = "txt", per_file: int = 500) -> int:
    """Write `n` articles under `out`; returns the number of words written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    if fmt == "jsonl":
        for shard in range(0, n, per_file):
            with open(out / f"news-{shard // per_file:04d}.jsonl", "w", encoding="utf-8") as fh:
                for i in range(shard, min(n, shard + per_file)):
                    a = article(rng, i)
                    words += len(a["text"].split())
                    fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        return words
    for i in range(n):
        a = article(rng, i)
        words += len(a["text"].split())
        folder = out / f"{i // 500:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"article-{i:05d}.txt").write_text(a["text"], encoding="utf-8")
        meta = {"title": a["title"], "published": a["published"]}
        (folder / f"article-{i:05d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return words


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--format", choices=["txt", "jsonl"], default="txt")
    p.add_argument("--per-file", type=int, default=500)
    args = p.parse_args(argv)
    words = write_corpus(args.out, args.n, args.seed, args.format, args.per_file)
    print(f"{args.n} articles, {words:,} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
