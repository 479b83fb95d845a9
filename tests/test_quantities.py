"""ctip_quantities through the whole rule pipeline: one case a row, on sentences written for these tests."""

from __future__ import annotations

import pytest

from ctip_extract.errors import RuleFileError
from ctip_extract.rules.quantities import (
    currency_for_noun,
    currency_for_symbol,
    load_currency_tables,
    load_unit_lexicon,
    singular,
    unit_category,
)


def quantities(run_text, text, **kw):
    return run_text(text, **kw).quantities


def one(run_text, text, span, **kw):
    """The quantity whose text contains `span`."""
    found = [q for q in quantities(run_text, text, **kw) if span in q.text]
    assert found, f"no quantity with {span!r} in {[q.text for q in quantities(run_text, text, **kw)]}"
    return found[0]


# (sentence, span in the record text, expected fields)
CASES = [
    ("Police rescued 1,443 people from a fishing boat near Ambon.", "1,443",
     {"value": 1443, "unit": "people", "unit_head": "person", "category": "people", "event": "rescue"}),
    ("The shelter housed 75, 000 migrants over the decade.", "75, 000", {"value": 75000, "unit": "migrants"}),
    ("Europol estimated that 50.000 victims passed through the ports.", "50.000", {"value": 50000, "category": "victims"}),
    ("The ministry set aside US$2,790 for each survivor.", "US$2,790", {"value": 2790, "currency": "USD", "category": "money"}),
    ("The agency received $5m from donors.", "$5", {"value": 5e6, "currency": "USD"}),
    ("Courts fined the agency ₦24 million last year.", "₦24 million", {"value": 24e6, "currency": "NGN"}),
    ("The owner was ordered to pay GY$1.5 million to each of her victims.", "GY$1.5 million",
     {"value": 1.5e6, "currency": "GYD", "category": "money"}),
    ("The syndicate laundered 8 billion pesos through casinos in Manila.", "8 billion pesos",
     {"value": 8e9, "unit": "pesos", "category": "money"}),
    ("Of the victims, 28.6% were boys.", "28.6%", {"value": 28.6, "category": "percent"}),
    ("Prosecutions rose 20 per cent in the first half.", "20 per cent",
     {"value": 20, "unit": "percent", "change": "increase"}),
    ("Convictions fell by 12 percent after the courts closed.", "12 percent", {"change": "decrease"}),
    ("The budget was 1.2 million dollars.", "1.2 million", {"value": 1.2e6, "currency": "USD"}),
    ("Officials said twenty-one girls were freed.", "twenty-one", {"value": 21, "unit": "girls", "event": "free"}),
    ("Inspectors found three hundred and forty-two workers on the site.", "three hundred",
     {"value": 342, "unit_head": "worker"}),
    ("Police detained a dozen suspects in the raid.", "a dozen", {"value": 12, "category": "suspects", "event": "detain"}),
    ("Survivors carried loans of three to four lakh rupees.", "three to four lakh rupees",
     {"low": 3e5, "high": 4e5, "currency": "INR", "category": "money"}),
    ("The regime earned more than a trillion won from the scheme.", "a trillion",
     {"value": 1e12, "qualifier": "more_than", "unit": "won"}),
    ("The law prescribes between 20 and 30 years in prison.", "20 and 30",
     {"low": 20, "high": 30, "value": None, "category": "duration"}),
    ("Fines range from 4,000 to 9,000 ringgit.", "4,000 to 9,000", {"low": 4000, "high": 9000, "currency": "MYR"}),
    ("The brokers charged fees of $74-$368 per worker.", "74-$368", {"low": 74, "high": 368, "currency": "USD"}),
    ("The penalty is seven to 15 years imprisonment.", "seven to 15",
     {"low": 7, "high": 15, "unit": "years", "category": "duration"}),
    ("Officials moved approximately 24-33 families into housing.", "24", {"low": 24, "high": 33, "qualifier": "approx"}),
    ("The recruits were aged 29 to 39.", "29 to 39", {"low": 29, "high": 39, "category": "age"}),
    # ages said of a one-word name (round 65): "was N when", "Now N, Name", and in brackets after an Irish name
    ("Ana was 19 when a neighbour offered her a job in a cafe abroad.", "19", {"value": 19, "category": "age"}),
    ("She spent two years in a house in Dubai. Now 23, Ana runs a sewing workshop in Osh.", "23",
     {"value": 23, "category": "age"}),
    ("The skipper, Tomás Ó Súilleabháin (44), of Bantry, pleaded not guilty.", "44", {"value": 44, "category": "age"}),
    # the counted noun after a list of its modifiers; a change written with "from ... to"
    ("We have trained about 150 police, immigration and customs officers since 2018.", "150",
     {"value": 150, "unit": "police, immigration and customs officers", "qualifier": "approx"}),
    ("It trained more than 350 police, immigration, customs and labour officers.", "350",
     {"value": 350, "unit": "police, immigration, customs and labour officers", "qualifier": "more_than"}),
    ("The ministry will extend pre-departure training from two days to five days next month.", "five days",
     {"value": 5, "low": None, "unit": "days", "change": "increase"}),
    # round 66: "of which there are N", a part named after "including", the Albanian lek's code
    ("They called for patrols at unofficial crossing points along the border, of which there are said to be more "
     "than 30.", "30", {"value": 30, "unit": "points", "qualifier": "more_than"}),
    ("The group lured women and girls, including nine aged under 16, from remote communes.", "nine",
     {"value": 9, "unit": "girls"}),
    ("Police seized ALL 6.3 million in cash and nine vehicles.", "6.3 million", {"value": 6.3e6, "currency": "ALL"}),
    # ages, then what the children were doing: no counted thing
    ("Monitors saw children aged 15 and 16 picking cotton in Karakalpakstan.", "15 and 16",
     {"low": 15, "high": 16, "category": "age"}),
    ("The traffickers target girls of 14 or 15, and their families are lured with money.", "14 or 15",
     {"low": 14, "high": 15, "category": "age"}),
    ("Agencies may charge no more than NIS 3,670 a worker.", "3,670",
     {"value": 3670, "currency": "ILS", "qualifier": "at_most"}),
    # "Of the 34, eight ...": a part of a count made sentences before
    ("The service supported 34 Vietnamese young people in the past 12 months. Some go missing in the first 72 hours. "
     "Of the 34, eight had gone missing from care.", "eight", {"value": 8, "unit": "Vietnamese young people"}),
    ("Guards used two boys between ages 14 and 16-years-old as lookouts.", "14 and 16",
     {"low": 14, "high": 16, "category": "age"}),
    ("Crews had only one or two rest days a month.", "one or two", {"low": 1, "high": 2, "unit": "rest days"}),
    ("Dozens of women were sold into brothels.", "Dozens", {"qualifier": "approx", "low": 24, "unit": "women"}),
    ("The cartel moved thousands of men across the border.", "thousands",
     {"qualifier": "approx", "low": 1000, "high": 10000, "unit": "men"}),
    ("Hundreds of millions of dollars were lost to forced labor.", "Hundreds",
     {"low": 1e8, "high": 1e9, "category": "money", "currency": "USD"}),
    ("The court handed down 12 years' imprisonment to the recruiter.", "12 years",
     {"value": 12, "unit": "years", "category": "duration"}),
    ("Each victim worked up to 20 hours a day.", "up to 20 hours",
     {"qualifier": "at_most", "unit": "hours", "category": "duration"}),
    # an age a thing happened before; an age a rule sets for something ("of marriage")
    ("One in four women were married before the age of 15.", "before the age of 15",
     {"value": 15, "qualifier": "less_than", "category": "age"}),
    ("Most of the girls were recruited before they turned 16.", "before they turned 16",
     {"value": 16, "qualifier": "less_than", "category": "age"}),
    ("Governments should set a minimum age of marriage of 18 for girls and boys.", "18",
     {"value": 18, "category": "age"}),
    # hours and minutes written short
    ("Each shift at the packing plant lasted 14 hrs.", "14 hrs", {"value": 14, "unit": "hrs", "category": "duration"}),
    ("The recording of the hearing runs 1 hr 52 min.", "52 min", {"value": 52, "unit": "min", "category": "duration"}),
    ("Employers hired students older than 15 years of age for the harvest.", "older than 15",
     {"value": 15, "qualifier": "more_than", "category": "age"}),
    ("Police found a 16-year-old girl in the car.", "16-year-old", {"value": 16, "category": "age"}),
    ("A 12-member commission reviewed the cases.", "12-member", {"value": 12, "unit": "member"}),
    ("The NGO reported at least 42 offenders were brought to justice.", "at least 42",
     {"qualifier": "at_least", "category": "offenders", "event": "bring to justice"}),
    ("The task force brought at least 9 recruiters to justice.", "at least 9",
     {"qualifier": "at_least", "event": "bring to justice"}),
    ("The project helped 64 victims to receive compensation.", "64 victims", {"event": "receive compensation"}),
    ("Some 800 fishermen were repatriated from Indonesia.", "Some 800",
     {"qualifier": "approx", "event": "repatriate", "unit_head": "fisherman"}),
    ("The court convicted nearly 70 traffickers.", "nearly 70", {"qualifier": "approx", "event": "convict"}),
    ("Border guards intercepted almost 300 migrants.", "almost 300", {"qualifier": "approx"}),
    ("The ministry trained close to 500 labor inspectors.", "close to 500",
     {"qualifier": "approx", "event": "train", "unit": "labor inspectors"}),
    ("Police identified over 1,000 victims.", "over 1,000", {"qualifier": "more_than", "event": "identify"}),
    ("The fund paid upwards of 200 families.", "upwards of 200", {"qualifier": "more_than"}),
    ("Traffickers earned in excess of $1 million.", "in excess of", {"qualifier": "more_than", "value": 1e6}),
    ("As many as 100,000 laborers remain abroad.", "As many as", {"qualifier": "at_most", "value": 100000}),
    ("The hotline took no more than 40 calls a week.", "no more than", {"qualifier": "at_most"}),
    ("Fewer than 10 cases reached trial.", "Fewer than", {"qualifier": "less_than", "category": "cases"}),
    ("Shelters hosted under 50 survivors.", "under 50", {"qualifier": "less_than", "category": "victims"}),
    ("Courts handed down sentences below 3 years.", "below 3", {"qualifier": "less_than"}),
    ("The unit registered 30 victims, and a further 12 were referred by NGOs.", "a further 12",
     {"qualifier": "exact", "unit": "victims", "event": "refer"}),
    ("The government prosecuted 207 individuals in 2017 (53 in 2016).", "53",
     {"value": 53, "unit": "individuals"}),
    ("Courts convicted 129 traffickers, up from 100 in 2016.", "100",
     {"value": 100, "unit": "traffickers", "change": "increase"}),
    ("The government opened 90 investigations; 12 were closed.", "12", {"unit": "investigations"}),
    ("Five of the 30 suspected traffickers were acquitted.", "Five",
     {"value": 5, "unit": "suspected traffickers", "category": "suspects"}),
    ("The office recorded 3,130 preliminary trafficking investigations.", "3,130",
     {"unit": "preliminary trafficking investigations", "category": "investigations", "event": "investigate"}),
    ("Authorities charged 108 victims of forced labor with immigration offenses.", "108",
     {"unit": "victims", "category": "victims"}),
    ("The trainers delivered 66 trainings to 1,577 law enforcement officers.", "66 trainings", {"event": "train"}),
    ("The trainers delivered 66 trainings to 1,577 law enforcement officers.", "1,577",
     {"unit": "law enforcement officers", "unit_head": "officer"}),
    ("Police rescued 58 women and children from the farm.", "58", {"unit": "women and children"}),
    ("The team closed 556 trafficking and trafficking-related investigations.", "556",
     {"unit": "trafficking and trafficking-related investigations"}),
    ("The law sets a minimum penalty of five years imprisonment and 1 million naira ($2,790).", "five years",
     {"qualifier": "at_least"}),
    ("The law sets a minimum penalty of five years imprisonment and 1 million naira ($2,790).", "$2,790",
     {"qualifier": "at_least", "currency": "USD"}),
    ("A fine between 100 and 500 Libyan dinars applies.", "Libyan dinars", {"low": 100, "high": 500, "currency": "LYD"}),
    ("Officials prosecuted 14 suspects in 2018.", "14 suspects", {"date": "2018"}),
    ("The regime sent 50,000 workers to Russia, which raised 500 million won.", "500 million won",
     {"currency": "KRW"}),
    ("The accused paid Rs. 20,000 to the broker.", "20,000", {"value": 20000, "category": "money"}),
    ("The UN pledged US$ 5 million to the fund.", "US$ 5 million", {"value": 5e6, "currency": "USD"}),
    ("Donors added £300k for shelters.", "£300k", {"value": 3e5, "currency": "GBP"}),
    ("Police seized RM5,000 from the agent.", "RM5,000", {"value": 5000, "currency": "MYR"}),
    ("The gang charged 5,000 USD per person.", "5,000 USD", {"currency": "USD", "category": "money"}),
    ("The judge imposed seven-and-a-half years in prison.", "seven-and-a-half", {"value": 7.5, "category": "duration"}),
    ("Police arrested three men, aged 22, 25 and 41, at the port.", "41", {"category": "age"}),
    ("Most victims were between the ages of 9 and 11.", "9 and 11", {"low": 9, "high": 11, "category": "age"}),
    ("Over half were children under 16.", "under 16", {"qualifier": "less_than", "category": "age"}),
    ("Six out of nine shelters closed.", "Six out of nine", {"value": 6, "unit": "shelters"}),
    ("The project reached over 600,000 documented and undocumented returnees.", "over 600,000",
     {"unit": "documented and undocumented returnees", "qualifier": "more_than"}),
    ("Police identified 45 Thais exploited abroad.", "45", {"unit": "Thais", "category": "people"}),
    ("The law prescribes up to 20 years imprisonment and 2 million baht for child trafficking.", "2 million baht",
     {"qualifier": "at_most", "currency": "THB"}),
    ("The ministry received 2.3 billion riels (approximately $575,000) in 2018.", "$575,000",
     {"qualifier": "approx", "date": "2018"}),
    # the count a change arrives at counts the subject of the change verb
    ("Officials noted that convictions rose by 30 percent to 193 last year.", "193",
     {"unit": "convictions", "category": "convictions", "change": "increase"}),
    ("Calls to the hotline more than doubled, to 1,950 from 870.", "1,950", {"unit": "Calls", "change": "increase"}),
    ("Prosecutions fell from 120 to 95.", "95", {"unit": "Prosecutions", "category": "prosecutions"}),
    ("Reports to the regional labour inspectorate's complaints line rose sharply in the second half of 2021, "
     "to 640 from 410.", "640", {"unit": "Reports", "change": "increase"}),
    ("Support fell as the number of prosecutors assigned to the task forces decreased from 240 in 2016 to 203.",
     "203", {"unit": "prosecutors", "change": "decrease"}),
    # a bare limit of childhood is an age, after a count or a word for people too
    ("Screeners found 317 potential victims, of whom 41 were under 18.", "under 18",
     {"value": 18, "qualifier": "less_than", "category": "age"}),
    ("Police rescued 40 victims under 18 years from the farm.", "under 18 years",
     {"qualifier": "less_than", "category": "age"}),
    ("Shelters held under 15 victims each.", "under 15 victims", {"category": "victims", "qualifier": "less_than"}),
    # an em dash between figures separates them (TIP Report PDF text); an en dash range stays whole
    ("Officials identified 667 trafficking victims in 2017\u2014429 for sex trafficking.", "429",
     {"value": 429, "unit": "trafficking victims"}),
    ("Officials opened 12\u201315 cases.", "12\u201315 cases", {"low": 12, "high": 15}),
    # between a count and a word too, and as the "\u0160" of the 2018 report's extracted text
    ("The government investigated 290 cases\u2014122 sex and 168 labor trafficking cases.", "290 cases",
     {"value": 290, "unit": "cases"}),
    ("The government investigated 290 cases\u0160122 sex and 168 labor trafficking cases.", "122 sex",
     {"value": 122, "unit_head": "case"}),
    ("It identified 72 victims\u0160including 67 sex trafficking victims.", "72 victims", {"value": 72}),
    # a count that is only a modifier takes the head of the count joined after it
    ("Authorities initiated 127 federal and 298 state investigations in 2017.", "127 federal",
     {"unit": "federal investigations", "category": "investigations"}),
    ("Police opened 5 sex trafficking and 3 labor trafficking cases.", "5 sex trafficking",
     {"unit": "sex trafficking cases", "category": "cases"}),
    ("The shelter helped 40 women and 12 children.", "40 women", {"unit": "women", "category": "people"}),
    # "over" a period an amount is spread across is no qualifier; before a sentence it is "more than"
    ("The donors pledged €8 million for shelters over three years.", "three years", {"qualifier": "exact"}),
    ("The court fined him $5,000 and sentenced him to over four years in prison.", "over four years",
     {"qualifier": "more_than", "category": "duration"}),
    ("Child labour rose to 150 million, an increase of 6.1 million over four years.", "four years",
     {"qualifier": "exact"}),
    ("The court sentenced 5 traffickers to over four years.", "over four years", {"qualifier": "more_than"}),
    ("Some workers were held for as long as eight months.", "as long as eight months", {"qualifier": "at_most"}),
    # listed modifiers share the head after them
    ("The programs trained 6,400 local, regional, and national government officials.", "6,400",
     {"unit": "local, regional, and national government officials", "unit_head": "official"}),
    ("Police rescued 40 Thai, Cambodian and Lao workers.", "40", {"unit": "Thai, Cambodian and Lao workers"}),
    ("Police rescued 12 Cambodians, and the army arrested three traffickers.", "12 Cambodians",
     {"unit": "Cambodians"}),
    # an amount of money is not carried into the next sentence's bare numbers
    ("US$2.4 million was raised. Convictions climbed to 112 in 2021, from 97.", "112",
     {"unit": "Convictions", "category": "convictions", "change": "increase"}),
    ("The fund got $5 million in 2020 and 7 million in 2021.", "7 million", {"category": "money"}),
    # an event noun right before the count gives the event
    ("The project secured convictions against 37 traffickers.", "37", {"event": "convict"}),
    ("The program supported the return of 1,200 migrants.", "1,200", {"event": "return"}),
    ("The shelter placed 215 survivors in jobs.", "215", {"event": "place"}),
    # a sentence opening "Of the <plural>," counts that phrase in its bare numbers and nationalities
    ("Of the survivors, 310 were Kenyan, 22 Ugandan, and 9 were of other nationalities.", "310",
     {"unit": "survivors", "category": "victims"}),
    ("Of the survivors, 310 were Kenyan, 22 Ugandan, and 9 were of other nationalities.", "22 Ugandan",
     {"unit": "Ugandan survivors", "category": "victims"}),
    ("Of these, 12 were women.", "12", {"unit": "women"}),  # a copula's noun, when no "Of the <noun>" scopes it
    ("Of those rescued, 18 are men and 11 are women.", "11", {"unit": "women", "category": "people"}),
    # vague amounts of vague amounts multiply
    ("Hundreds of thousands of people fled the fighting.", "Hundreds of thousands of people",
     {"low": 1e5, "high": 1e6, "qualifier": "approx", "unit": "people"}),
    ("Tens of thousands of workers were abused.", "Tens of thousands", {"low": 1e4, "high": 1e5}),
    # an adverb that can modify a noun does so when a plural follows
    ("The ministry foiled the departure of 1,310 overseas workers.", "1,310", {"unit": "overseas workers"}),
    ("Recruiters sent 40 overseas last year.", "40", {"unit": None}),
    # a noun alike in both numbers before a plural is its modifier, alone it is the head
    ("The court convicted four police officers who took bribes.", "four police officers",
     {"unit": "police officers", "unit_head": "officer", "category": "people"}),
    ("The ship had 20 crew members aboard.", "20 crew members", {"unit": "crew members"}),
    ("The 40 police arrested him at dawn.", "40 police", {"unit": "police", "category": "people"}),
    # a breakdown by kind of crime counts what its total counts; without a total it stays as written
    ("Police opened 75 trafficking cases (30 sex trafficking and 45 labor trafficking) last year.", "45",
     {"unit": "labor trafficking cases", "category": "cases"}),
    ("Officials identified 90 victims (60 of sex trafficking and 30 of forced labor).", "60",
     {"unit": "sex trafficking victims", "category": "victims"}),
    ("Officials noted 5 sex trafficking, and the rest were unclear.", "5",
     {"unit": "sex trafficking", "category": "other"}),
    # a scale written as a letter keeps a sentence-final period on its token
    ("The donor gave $5m.", "$5m", {"value": 5e6, "currency": "USD"}),
    # East Africa's shilling mark after the amount, scaled or not, alone or in a range
    ("The Kisumu court fined each of them 5m/- and ordered 1.5m/- paid to every victim, Kenya's police said.",
     "5m/-", {"value": 5e6, "unit": "/-", "category": "money", "currency": "KES"}),
    ("Agents took between 30,000/- and 45,000/- from each recruit.", "between 30,000/- and 45,000/-",
     {"low": 30000, "high": 45000, "unit": "/-", "category": "money"}),
    # a currency code before both ends, thousands after a space
    ("Brokers charged between EUR 900 and EUR 3 200 a worker.", "between EUR 900 and EUR 3 200",
     {"low": 900, "high": 3200, "currency": "EUR"}),
    # glued currency symbols: ranges of them, the cedi written with its country letters
    ("Brokers charged between RM3,000 and RM5,000 per worker.", "between RM3,000 and RM5,000",
     {"low": 3000, "high": 5000, "currency": "MYR", "category": "money"}),
    ("Fines of GH₵5,000 to GH₵10,000 apply to employers.", "GH₵5,000 to GH₵10,000",
     {"low": 5000, "high": 10000, "currency": "GHS"}),
    ("The fee was RM3,000 and RM500 was paid later.", "RM500", {"value": 500, "currency": "MYR"}),
    ("The court fined the recruiter GH¢ 2,000.", "GH¢ 2,000", {"value": 2000, "currency": "GHS"}),
    # the actor: the named subject before the verb; a news agency's dateline credit acted on nothing
    ("The Ministry of Labour inspected 212 fishing boats.", "212", {"actor": "Ministry of Labour"}),
    ("KUALA LUMPUR, June 2 (Reuters) - Police freed 63 Myanmar workers from a farm.", "63", {"actor": None}),
    ("KUALA LUMPUR, June 2 (Reuters) - The Ministry of Labour inspected 212 fishing boats.", "212",
     {"actor": "Ministry of Labour"}),
    # a news outlet named as the words' source or destination did not do what was counted
    ("Police told the Bangkok Post on Monday that 14 women were rescued.", "14", {"actor": None}),
    ("According to Reuters, the Ministry of Labour inspected 212 fishing boats.", "212",
     {"actor": "Ministry of Labour"}),
    ("As reported by Xinhua, 40 victims were repatriated.", "40", {"actor": None}),
    ("Reuters found 30 boats moored at the pier.", "30", {"actor": "Reuters"}),
    # vague plurals standing alone, as a subject or after an event verb, and before "of" + a pronoun
    ("Thousands were displaced when the camp closed.", "Thousands",
     {"low": 1000, "high": 10000, "qualifier": "approx", "unit": None}),
    ("Hundreds more are believed to be held in the compounds.", "Hundreds",
     {"low": 100, "qualifier": "approx", "unit": None}),
    ("The navy said it rescued dozens.", "dozens", {"low": 24, "high": 144, "event": "rescue"}),
    ("Brokers recruited hundreds of them in the border towns.", "hundreds of them", {"low": 100, "unit": None}),
    # vague multiples of a scale word; a count after "and" is not part of the noun phrase before it
    ("Police freed dozens of children and several hundred adults.", "several hundred adults",
     {"low": 300, "high": 900, "qualifier": "approx", "unit": "adults", "category": "people"}),
    ("Police freed dozens of children and several hundred adults.", "dozens of children",
     {"low": 24, "unit": "children"}),
    ("A few thousand workers signed the petition.", "A few thousand workers",
     {"low": 2000, "high": 5000, "unit": "workers"}),
    # a pronoun after "of" ends the noun phrase: the count does not take the verb after it
    ("Inspectors found 40 workers; 12 of them fled before the raid.", "12",
     {"value": 12, "unit": "workers"}),
    # an acronym ending in "S" before a noun modifies it; "total" opens the noun phrase
    ("Police filed 26 cases, against eight GPS prosecutions in 2016.", "eight GPS prosecutions",
     {"unit": "GPS prosecutions", "category": "prosecutions"}),
    ("The academy trained 313 GIS recruits.", "313", {"unit": "GIS recruits", "category": "people"}),
    ("The unit reported 113 total investigations in 2017.", "113",
     {"unit": "total investigations", "category": "investigations"}),
    # a singular noun after a count above one modifies the head of the next count
    ("Calls led to 109 child and 63 adult victims being identified.", "109",
     {"unit": "child victims", "category": "victims"}),
    # "the number of" after the change verb names what the bare number counts; an acronym is no plural
    ("MSDHS increased the number of hotline interpreters to 68 in 2017.", "68",
     {"unit": "hotline interpreters", "category": "people"}),
    # "as few as", "as little as": a lower bound
    ("Workers said they received as little as $20 a month.", "as little as $20", {"qualifier": "at_least", "value": 20}),
    ("As few as 12 inspectors cover the whole coast.", "As few as 12", {"qualifier": "at_least", "value": 12}),
    # a date inside a parenthesis that closed before a count is not that count's date
    ("Police prosecuted 63 suspects (41 in 2019) and convicted 15 traffickers (12 in 2019).", "15 traffickers",
     {"date": None}),
    ("In 2020 police charged 30 recruiters (22 in 2019) and 12 officials.", "12 officials", {"date": "2020"}),
    ("Police prosecuted 63 suspects (41 in 2019) and convicted 15 traffickers (12 in 2019).", "41",
     {"date": "2019"}),
    # a letter scale against its number, before money or a plural noun, without a currency sign
    ("Courts imposed fines of 1.2m pesos.", "1.2m pesos", {"value": 1.2e6, "unit": "pesos", "category": "money"}),
    ("Some 20k workers joined the union.", "20k workers", {"value": 20000, "unit": "workers"}),
    ("An estimated 1.5m people live in slavery there.", "1.5m people", {"value": 1.5e6, "unit": "people"}),
    ("A 10m boat carried them.", "10m", {"value": 10}),
    ("Officers barred 8,500 travellers from leaving.", "8,500", {"category": "people"}),
    ("Police arrested five Thai boat captains.", "five", {"unit": "Thai boat captains", "category": "people"}),
    ("Shelters took in 12 victims, among them three 5-year-olds.", "three 5-year-olds",
     {"value": 3, "category": "people"}),  # (and their age, 5, a quantity of its own)
    # "Of the victims identified," names what the sentence's bare numbers count
    ("Police found one potential victim in 2016. Of the victims identified, 33 were children and eight were adults.",
     "33", {"unit": "victims", "category": "victims"}),
    # a copula before an age or a nationality and the noun: "Two were 16-year-old boys"
    ("Police freed 97 Thai nationals. Two were 16-year-old boys, officials said.", "Two were 16-year-old boys",
     {"value": 2, "unit_head": "boy", "category": "people"}),
    ("Of the group, five were Thai nationals.", "five were Thai nationals", {"unit_head": "national"}),
    ("Shelters took in 6,418 survivors, 58% of them women and 1,142 of them children.", "1,142 of them children",
     {"unit": "children", "category": "people"}),
    # "N of them" counts the people named before it, not a compound measure ("seven-day screening")
    ("The victims would stay for a seven-day screening, and 23 of them had been identified.", "23",
     {"unit": "victims", "category": "victims"}),
    ("Police arrested 12 suspects and charged 8 of them.", "8", {"unit": "suspects"}),
    # a word joined by a hyphen to what follows modifies it: the subject is "incidents", not "Police"
    ("Police-reported incidents in Canada rose to 552 in 2021.", "552", {"unit": "incidents", "category": "cases"}),
    # a phrasal verb's "up" is no increase; a number's own date does not date the next one
    ("Girls made up 18 per cent of detected victims.", "18 per cent", {"change": None, "category": "percent"}),
    ("Arrests were up 20 percent on the year.", "20 percent", {"change": "increase"}),
    ("Calls to the hotline increased from 51,073 in 2020 to 54,102.", "54,102", {"date": None, "unit": "Calls"}),
    ("In 2021, arrests rose from 40 in 2020 to 55.", "55", {"date": "2021"}),
    ("In 2020 the government extended shelter stays from 30 days to 60 days.", "30 days", {"value": 30}),
    # a workforce or a population "of" a number, a qualifier between
    ("The ILO estimated that of the workforce of approximately 2.1 million, at least 300,000 were coerced.",
     "approximately 2.1 million", {"unit": "workforce", "qualifier": "approx"}),
    ("It is a third of the country's total population of about 4.2 million.", "about 4.2 million",
     {"unit": "population"}),
    # "N others": the count of the same verb, else the nearest not after a preposition
    ("The ministry revoked the licences of 26 recruitment companies and suspended 11 others.", "11 others",
     {"unit": "other recruitment companies"}),
    ("Rescuers pulled 186 migrants from nine small boats, while the navy intercepted more than 300 others.",
     "more than 300 others", {"unit": "other migrants"}),
    ("The shelter assisted 46 survivors, and two NGO-run shelters assisted 58 others.", "58 others",
     {"unit": "other survivors"}),
    # a date's day and "Mar" and its year are no count
    ("Published Fri 8 Mar 2024, the figures showed 17,004 referrals.", "17,004 referrals", {"value": 17004}),
    # a bare count broken down in the bracket after it counts the people the bracket names
    ("The government reported identifying at least 61 (31 domestic child victims and 30 foreign victims).",
     "at least 61", {"unit": "victims", "qualifier": "at_least"}),
    # a range of amounts with a currency sign and a letter scale on both
    ("Criminal groups earn between $18bn and $24bn a year.", "between $18bn and $24bn",
     {"low": 18e9, "high": 24e9, "currency": "USD"}),
    # a bracketed year's figure after a clause that denies "any" of a plural
    ("Police found 12 individuals. Courts did not convict any alleged traffickers under either law (nine in 2016).",
     "nine", {"unit": "alleged traffickers"}),
    # a long breakdown by kind of abuse after "Of these potential victims,"
    ("Of these potential victims, 74 were for forced labor; 50 sexual exploitation and abuse; 25 violation of "
     "workers' rights; four forced begging; three domestic violence.", "three domestic violence",
     {"unit_head": "victim", "category": "victims"}),
    # the convicted are no longer the suspects counted before; victims identified stay victims
    ("Police investigated 120 suspects. In 2016, 52 were convicted for trafficking.", "52", {"unit": "convicted"}),
    ("Police found 40 victims. In 2016, 12 were identified in Lyon.", "12", {"unit": "victims"}),
    # an age after "now" beside a word for victims; the oldest's age alone; "brought to N the number of X"
    ("One of the victims, now 19, testified behind a screen.", "19", {"category": "age"}),
    ("The youngest was nine years old and the oldest 71.", "71", {"category": "age"}),
    ("The verdict brought to 31 the number of convictions secured by the unit.", "31",
     {"unit": "convictions", "category": "convictions"}),
    # a lower and an upper bound joined by "and" or "but": two bounds, each with its qualifier (as most
    # blind annotators read them)
    ("The law prescribes not less than five years and not more than 20 years' imprisonment.",
     "not less than five years", {"value": 5, "qualifier": "at_least", "unit": "years"}),
    ("The law prescribes not less than five years and not more than 20 years' imprisonment.",
     "not more than 20 years", {"value": 20, "qualifier": "at_most", "unit": "years"}),
    ("Fines of not less than PHP1 million but not more than PHP3 million apply.",
     "not more than PHP3 million", {"value": 3e6, "qualifier": "at_most", "currency": "PHP"}),
    ("It took at least 3 days and up to 2 weeks.", "up to 2 weeks", {"value": 2, "qualifier": "at_most"}),
    # "from X to Y" after a change verb further back in the clause: two values, the first measured as the second
    ("The ministry increased the number of labor inspectors from 120 to 145.", "120",
     {"value": 120, "unit": "labor inspectors"}),
    ("The ministry increased the number of labor inspectors from 120 to 145.", "145",
     {"value": 145, "change": "increase"}),
    ("A bill would increase the terms of imprisonment from five to eleven years.", "five",
     {"value": 5, "unit": "years", "category": "duration"}),
    ("The 2022 act increased the maximum penalty from 10 to 25 years.", "25 years", {"qualifier": "at_most"}),
    ("Sentences ranging from five to 10 years were raised.", "five to 10 years", {"low": 5, "high": 10}),
    # currencies named in TIP narratives
    ("Courts fined him 50,000 gourdes ($760).", "50,000 gourdes", {"currency": "HTG", "category": "money"}),
    ("The shelter received 10,000 patacas.", "10,000 patacas", {"currency": "MOP"}),
    ("The ministry spent 20,000 maloti on shelters.", "20,000 maloti", {"currency": "LSL"}),
    ("Victims were paid 5 million guaranies.", "5 million guaranies", {"currency": "PYG"}),
    ("The fund held RMB 5,000.", "RMB 5,000", {"currency": "CNY"}),
    ("The budget was 496 million soum.", "496 million soum", {"currency": "UZS"}),
    # "the number of" a long way before a bracketed comparison
    ("The government did not report the number of investigations into crimes related to trafficking it "
     "initiated in 2017 (44 in 2016).", "44", {"unit": "investigations", "category": "investigations"}),
    # the object of a change verb names what its "from" and "to" numbers count
    ("The government increased its public awareness programs from 22 in 2016 to 210 in 2017.", "210",
     {"unit": "public awareness programs", "change": "increase"}),
    # "as young as", "as old as": ages, the youngest a lower bound and the oldest an upper one (as "as few as"
    # and "as many as" are)
    ("Children as young as 12 were among the victims.", "as young as 12", {"category": "age", "qualifier": "at_least"}),
    ("Victims as old as 60 were found.", "as old as 60", {"category": "age", "qualifier": "at_most"}),
    # a stretch of time is not carried into the next sentence
    # (and "Of the 13 convicted," names the people its parts count)
    ("The highest sentence was 3 years in prison. Of the 13 convicted, nine went to jail.", "nine",
     {"category": "other", "unit": "convicted"}),
    ("Most of the identified victims (about 120) were women.", "about 120", {"unit": "victims", "qualifier": "approx"}),
    # a number between commas after a word for a person or a person's name is an age
    ("The man, 45, was jailed for 12 years.", "45", {"category": "age", "unit": "years"}),
    ("The man, 45, was jailed for 12 years.", "12 years", {"event": "jail"}),
    ("Grace Otieno, 34, spent six years in servitude.", "34", {"category": "age"}),
    ("Hundreds of thousands of Rohingya fled.", "Rohingya", {"category": "people"}),
    ("Four Thai drivers were arrested.", "Four Thai drivers", {"category": "people"}),
    # "minimum" and "maximum" after a compound duration
    ("The decree prescribed a six-year minimum sentence for forced labor.", "six-year minimum",
     {"value": 6, "qualifier": "at_least", "category": "duration"}),
    ("The crime carries a 20-year maximum penalty.", "20-year maximum", {"value": 20, "qualifier": "at_most"}),
    # a bare number takes the unit of the count before it, not of a time frame ("the first 10 months")
    ("Officers intercepted 1,012 victims in the first 10 months of 2023, up from 823 a year earlier.", "823",
     {"unit": "victims", "category": "victims"}),
    ("The court sentenced him to 10 years and his accomplice to 8.", "8", {"unit": "years", "category": "duration"}),
    # a fraction of something is a share, in percent; "half a million" is a count
    ("Roughly two-thirds of the survivors were women.", "two-thirds",
     {"value": 66.666667, "qualifier": "approx", "unit": "percent", "category": "percent"}),
    ("More than half of the victims were children.", "half", {"value": 50, "qualifier": "more_than"}),
    ("A quarter of them were boys.", "A quarter", {"value": 25, "category": "percent"}),
    ("Only one-fifth of the cases reached court.", "one-fifth", {"value": 20, "category": "percent"}),
    ("Some half a million people fled the fighting.", "half a million",
     {"value": 5e5, "qualifier": "approx", "unit": "people"}),
    ("Donors pledged a half-million dollars.", "half-million", {"value": 5e5, "currency": "USD"}),
    ("Police held half a dozen suspects.", "half a dozen", {"value": 6, "unit": "suspects"}),
    ("Nearly four in ten potential victims were children.", "four in ten",
     {"value": 40, "qualifier": "approx", "category": "percent"}),
    ("Only 1 in 4 was a child.", "1 in 4", {"value": 25, "unit": "percent"}),
    ("One in a hundred workers complained.", "One in a hundred", {"value": 1, "category": "percent"}),
    # a verb inside a capitalised name is no event
    ("According to Walk Free, an estimated 50 million people live in modern slavery.", "50 million",
     {"event": None, "unit": "people"}),
    # a bare number after a linking verb counts that verb's plural subject, not the last count before
    ("The courts prosecuted 46 defendants. The government prosecutions included 26 by the GPS involving "
     "52 defendants.", "26", {"unit": "prosecutions", "category": "prosecutions"}),
    ("Prosecutions rose to 70. However, convictions under the BLSA remained notably low at only three in "
     "2016 (compared to four in 2015).", "four", {"unit": "convictions", "date": "2015"}),
    ("Police arrested 40 suspects, and convictions totaled 12.", "12", {"unit": "convictions"}),
    # ... only after the verb and a qualifier or two: here "victims" is no subject of two million
    ("Most victims were among the 315 housed in the shelters.", "315", {"unit": None}),
    # "respectively" pairs the bracket's numbers with the counts before it, in order
    ("Officials identified 350 trafficking cases involving more than 500 alleged offenders (234 and 308, "
     "respectively, in 2016).", "234", {"unit": "trafficking cases"}),
    ("Officials identified 350 trafficking cases involving more than 500 alleged offenders (234 and 308, "
     "respectively, in 2016).", "308", {"unit": "alleged offenders"}),
    # a plural written as a count noun is counted even when the word is also a mass noun
    ("There were 41 trafficking related trainings compared with 23 in the prior reporting period.", "23",
     {"unit": "trainings", "unit_head": "training"}),
    # a plural's possessive modifies the noun after it
    ("The province opened two additional women's shelters.", "two",
     {"unit": "additional women's shelters", "unit_head": "shelter", "category": "institutions"}),
    # modifiers listed with commas and no "and" share the head after them
    ("Eighty high-level, empowered, passionate officials attended.", "Eighty",
     {"value": 80, "unit": "high-level, empowered, passionate officials", "unit_head": "official"}),
    ("Of the 115 cases, 37 involved labor exploitation, five involved forced criminality, five involved "
     "immigration offenses.", "37", {"unit_head": "case"}),
    # a range whose unit is written on both ends, or with "up to" for its upper end
    ("The government reported sentences ranging from two years to 99 years imprisonment.", "two years",
     {"low": 2, "high": 99, "value": None, "unit": "years", "qualifier": "exact"}),
    ("Sentences ranged from two and a half years up to seven years.", "two and a half",
     {"low": 2.5, "high": 7, "qualifier": "exact"}),
    ("The penalty for child trafficking increased to 19 to 20 years imprisonment.", "19",
     {"low": 19, "high": 20, "unit": "years"}),
    # ... but not after a qualifier, where the period is extended from one length to another
    ("Extend the recovery period from a minimum of 45 days to 90 days.", "45",
     {"value": 45, "qualifier": "at_least"}),
    # a range converted in brackets after a "between" range is a range too
    ("It prescribed a fine between 500,000 and 700,000 Pakistani rupees (PKR) ($4,530 and $6,340), or both.",
     "$4,530", {"low": 4530, "high": 6340, "currency": "USD"}),
    # a count after a list of article numbers is a count
    ("Authorities reported 190 investigations (171 investigations under article 149 and 19 investigations "
     "under article 149a).", "19 investigations", {"value": 19, "unit": "investigations"}),
    # a year qualifying a noun dates that noun, not the count
    ("In 2017 the court convicted 45 traffickers under the 2008 anti-trafficking law.", "45",
     {"date": "2017"}),
    ("A state attorney initiated the prosecution of one alleged trafficker and continued a 2014-initiated "
     "prosecution.", "one alleged trafficker", {"date": None}),
    # "convicted 21 of trafficking": the crime, not a part of 21 ("convicted 156 of these traffickers" is)
    ("Authorities prosecuted 31 suspects and convicted 21 of trafficking and trafficking-related crimes.", "21",
     {"unit": "suspects"}),
    ("Courts convicted 156 of these traffickers.", "156", {"unit": "traffickers"}),
    # a bracketed share between a number and its noun
    ("Courts sentenced 28 (18 percent) convicted traffickers to prison in 2016.", "28",
     {"value": 28, "unit": "convicted traffickers"}),
    ("In 2016, only five of 28 (18 percent) convicted traffickers received prison sentences.", "only five",
     {"value": 5, "unit": "convicted traffickers"}),
    # a year after "following" is a year
    ("Following 2016 allegations of a trafficking ring, police opened 40 cases.", "40", {"value": 40}),
    # a second subject whose verb is left out
    ("Prosecutions dropped to 9,876 and convictions to 5,271.", "5,271", {"unit": "convictions"}),
    # "fewer than the": a comparison, no qualifier; a count above 100 is no share
    ("Governments identified 109,216 victims, about 8 percent fewer than the 118,932 recorded in 2019.", "118,932",
     {"qualifier": "exact", "unit": "victims"}),
    # the same currency sign before both ends of a range
    ("Each family received between Rs 20,000 and Rs 35,000 from the agent.", "Rs 20,000",
     {"low": 20_000, "high": 35_000}),
    ("The Kenyan Ministry of Labour said agents charged between Sh80,000 and Sh150,000.", "Sh80,000",
     {"low": 80_000, "high": 150_000, "currency": "KES"}),
    ("Some 48 grassroots organizations got grants.", "48", {"unit": "grassroots organizations"}),
    ("They take down one family and another steps in.", "one family", {"unit": "family"}),
    ("South Africa spent more than R40 million on training, South African officials said.", "R40 million",
     {"value": 40_000_000, "qualifier": "more_than", "currency": "ZAR"}),
    ("Recruiters promised 8 to 10 million dong a month.", "8 to 10 million",
     {"low": 8_000_000, "high": 10_000_000}),
    ("Police seized VNĐ47 million in cash.", "VNĐ47 million", {"value": 47_000_000, "currency": "VND"}),
    ("58 Rohingyas rescued, six 'traffickers' held", "six", {"unit": "traffickers", "category": "offenders"}),
    ("Police counted 11,268 \u201chigh-risk\u201d venues.", "11,268", {"unit_head": "venue"}),
    # a one-letter currency sign, in a text about its country
    ("NAPTIP said convicted traffickers paid fines totalling N48.6 million; the trust fund disbursed N37m.",
     "N48.6 million", {"value": 48_600_000, "currency": "NGN", "category": "money"}),
    ("NAPTIP said returnees paid agents between N1.5m and N3m each.", "N1.5m",
     {"low": 1_500_000, "high": 3_000_000, "currency": "NGN"}),
    ("The Philippine National Police said the family received at least P480,000.", "P480,000",
     {"value": 480_000, "qualifier": "at_least", "currency": "PHP", "unit": "PHP"}),
    ("The embassy filed wage claims totalling KD 41,500.", "41,500", {"currency": "KWD"}),
    # the CFA franc written "CFA" against its number, in a story about a franc zone country
    ("In Benin, the girls were promised CFA150,000 a month.", "CFA150,000", {"value": 150_000, "currency": "XOF"}),
    # a code pycountry has withdrawn since (the lev, before Bulgaria took the euro)
    ("The council paid a total of BGN 14,600 to four victims.", "BGN 14,600", {"value": 14_600, "currency": "BGN"}),
    ("The Gambia's agency said each returnee was given D3,000 for transport.", "D3,000",
     {"value": 3_000, "currency": "GMD", "category": "money"}),
    # a multiplier; the size of a group; "one in every"
    ("Fines reach up to 1,500 times the monthly minimum salary.", "1,500",
     {"unit": "times", "qualifier": "at_most"}),
    ("She worked for a family of eleven.", "eleven", {"value": 11, "unit": "family"}),
    ("Nearly half a million children, or roughly one in every 100, were abused.", "one in every 100",
     {"value": 1, "category": "percent"}),
    # a bare number that is a verb's subject counts people or things, not the money before it
    ("Some 1,150 survivors received grants of up to Rs 50,000 each, while 640 were placed in jobs.", "640",
     {"unit": "survivors"}),
    # the age after a lone given name
    ("Nilmini, 34, a mother from Kurunegala, said she was locked in.", "34", {"category": "age"}),
    ("Their two sons, Florin, 25, and Ionut, 23, were jailed.", "23", {"category": "age"}),
    # "one" breaking a count down is a count ("one" alone is a pronoun)
    ("The GIS prosecuted three suspected traffickers, one allegedly involved in child labor trafficking and "
     "two allegedly involved in sex trafficking.", "one", {"value": 1, "unit": "suspected traffickers"}),
    # a tier is one number: the counts listed after it are counts
    ("It ranked 30 governments in Tier 1, 94 in Tier 2 and 37 on the Tier 2 Watch List.", "94",
     {"unit": "governments"}),
    # a number in brackets after a place or a nationality in a list: the list's noun, else the sentence's
    ("Arrests by country included Brazil (37), Spain (28), the Philippines (19) and Romania (11).", "11",
     {"unit": "Arrests"}),
    ("The largest groups were Venezuelan (244), Nigerian (198) and Filipino (96) nationals.", "198",
     {"unit": "nationals", "category": "people"}),
    # "N for labor trafficking" inside a bracket breaks down the count before the bracket, not its last part
    ("Authorities identified 26 trafficking victims in 2017 (19 women and seven men; 15 for labor trafficking and 11 "
     "for sex trafficking), compared with 21 in 2016.", "11", {"unit": "trafficking victims", "category": "victims"}),
    # a count followed by "more" takes no money from before it
    ("The department set aside K2 million to recruit at least 20 more.", "at least 20", {"category": "other",
                                                                                         "currency": None}),
    # "N-strong" counts the noun phrase after it
    ("Debt bondage flourishes among the city's 385,000-strong foreign domestic workforce.",
     "385,000-strong foreign domestic workforce", {"unit": "foreign domestic workforce"}),
    # "Of those caught, 612 were working ...": a progressive verb after "were" names no counted thing
    ("Of those caught, 612 were working for other employers.", "612", {"unit": "those caught"}),
    # quoted words among the modifiers of the counted thing
    ('Authorities issued 1,084 six-month "hostess" and "barmaid" work permits for nightclubs.',
     '1,084 six-month "hostess" and "barmaid" work permits', {"value": 1084, "category": "other"}),
    ('Forty-seven female "nightclub" workers were repatriated.', 'Forty-seven female "nightclub" workers',
     {"category": "people"}),
    # a number between commas before "who": a person's age, whatever comes before it
    ("A Kenyan domestic worker in Al Khoudh, 29, who asked not to be named, said she had no day off.", "29",
     {"category": "age"}),
    # an age after a pseudonym's note, or after "who is above"
    ("Amina (not her real name), 24, who returned from Muscat in March, said she worked long hours.", "24",
     {"category": "age"}),
    ("Ong, who is above 50, cannot be caned.", "above 50", {"category": "age", "qualifier": "more_than"}),
    # a bare count as the subject of "received": the people named before it in the sentence
    ("Most convicted offenders received prison terms of one to three years, and at least seven received "
     "suspended sentences.", "at least seven", {"unit": "offenders", "qualifier": "at_least"}),
    # a part of a hedged whole
    ("The department suspended 63 of the roughly 850 manpower agencies in operation.",
     "63 of the roughly 850 manpower agencies", {"value": 63, "unit": "manpower agencies"}),
    # "N of them" in the sentence after a count and its "including" list: the count, not its last part
    ("The 11 suspects, including two hotel employees and a taxi driver, were charged. They denied the charges, and a "
     "judge ordered nine of them held.", "nine", {"unit": "suspects"}),
    # "that" opening a clause before "one" and a noun: a count ("that one" alone is a pronoun)
    ("The report noted that one police officer and two immigration officers had been charged.", "one police officer",
     {"value": 1, "category": "people"}),
    # counts in an aside between dashes break down the people named before it
    ("Police said the workers – 131 from Bangladesh and 15 from Pakistan – were picking strawberries.", "15",
     {"unit": "workers", "category": "people"}),
    # (but a count earlier in the sentence is what the aside breaks down)
    ("The three shelters were for victims—two for women and one for men.", "two", {"unit": "shelters"}),
    # a comparative after a count is no unit
    ("Police intercepted 934 children in 2009; this figure is roughly 140 higher than in 2008.", "roughly 140",
     {"qualifier": "approx", "unit": "children"}),
    ("Deductions of up to AUD$350 a week left him with AUD$84.", "up to AUD$350", {"currency": "AUD", "qualifier": "at_most"}),
    ("MUSCAT - Oman will fine employers up to RO 1,000 per worker.", "up to RO 1,000",
     {"currency": "OMR", "qualifier": "at_most"}),
    # Zimbabwe's dollar signs
    ("The committee was allocated ZWL$450 million, and a fine of RTGS$150 000 was imposed.", "RTGS$150 000",
     {"value": 150000, "currency": "ZWL", "category": "money"}),
    # "in N of them": what holds them, the count before ("convicting defendants" is no antecedent)
    ("The tribunal ruled on 296 cases last year, convicting defendants in 241 of them.", "241",
     {"unit": "cases", "category": "cases"}),
    # an age after "were under" stays an age when a share in words follows it
    ("About 75 per cent of the victims were under 25, and nearly one in three identified as Indigenous.",
     "under 25", {"category": "age", "qualifier": "less_than"}),
    # an age after a word for people, then a verb: no unit
    ("Trafficking in persons under 18 carries a mandatory minimum sentence of five years.", "under 18",
     {"category": "age", "unit": "years"}),
    # "handed over": a verb's particle, no qualifier
    ("She handed over Rs1.4 million to a broker.", "Rs1.4 million", {"qualifier": "exact", "category": "money"}),
    # the time that passed between two events is a duration; "ago" and "earlier" point to a date
    ("Fourteen months later, she has neither a visa nor her money.", "Fourteen months",
     {"value": 14, "category": "duration"}),
    # a name's age in brackets, then where the person is from: an age, not a count of the accused
    ("The four accused, Imran Sheikh (34) and Dilip Yadav (29) of Gaya, and Anil Paswan (41) from Patna, "
     "were booked.", "41", {"value": 41, "category": "age"}),
    ("Syrians were the largest group of victims, followed by Kyrgyz (31) and Uzbeks (19).", "19",
     {"unit": "victims", "category": "victims"}),
    # places the country data does not know, in a list of names with numbers: the two-digit one too
    ("The rescued girls came from Karnali (134), Sudurpaschim (61) and Lumbini (47).", "47",
     {"value": 47, "unit": "girls"}),
    # a counted thing after "so-called" and quotes; the Peruvian sol; the age of the youngest
    ('Officers raided 23 so-called "prostibares" along the highway.', "23", {"unit": "prostibares"}),
    ("Police seized S/ 86,400 in cash.", "S/ 86,400", {"value": 86400, "currency": "PEN", "category": "money"}),
    ("The law prescribes a fine of up to BZ$10,000.", "up to BZ$10,000", {"currency": "BZD", "qualifier": "at_most"}),
    ("In Moldova, about 107,000 remain in the country.", "about 107,000", {"unit": None, "qualifier": "approx"}),
    ("Uganda earned an estimated Shs3.2 trillion in remittances last year.", "an estimated Shs3.2 trillion",
     {"value": 3.2e12, "currency": "UGX", "qualifier": "approx"}),
    ("Inspectors interviewed 22 crew members. Three of them showed injuries.", "Three", {"unit": "members"}),
    # "N of them" after a sentence about people it does not count: the people it opens with
    ("The nine other defendants, aged between 22 and 51, are accused of recruiting victims. Three of them have "
     "partly admitted their guilt.", "Three", {"value": 3, "unit": "defendants"}),
    ("The detainees face charges of trafficking and crimes against workers' rights. A judge remanded four of them in "
     "custody.", "four", {"value": 4, "unit": "detainees"}),
    # a word broken at a line end and not joined again (text copied out of a PDF)
    ("Courts convicted 23 traf- fickers in 2002.", "23 traf- fickers", {"unit": "traffickers", "category": "offenders"}),
    ("Officials held pre- and post-trafficking talks with 40 officers.", "40 officers", {"unit": "officers"}),
    ("The firm paid RM54.6mil (US$11.7mil) and posted a loss of RM128.3mil.", "RM128.3mil",
     {"value": 128_300_000, "currency": "MYR", "category": "money"}),
    ("The youngest was 13.", "13", {"category": "age"}),
    # "N out of M" is a share before "of" or a pause, a count before a noun
    ("Nine out of 10 of the victims were Ohio residents.", "Nine out of 10", {"value": 90, "category": "percent"}),
    # kinds of exploitation after a count of victims; a compound noun of people; a participle before people
    ("Of these, 38 were victims of sexual exploitation, 21 of forced labor, and six of forced criminality.",
     "six of forced criminality", {"unit_head": "victim", "category": "victims"}),
    ("Authorities reported investigating one police officer for selling visas.", "one police officer",
     {"unit": "police officer", "category": "people"}),
    ("The union gave vocational training to 230 returned victims.", "230 returned victims", {"unit_head": "victim"}),
    ("Honduras registered more than 29,000 returned migrant children, up from about 16,000 in 2018.",
     "more than 29,000", {"unit_head": "child", "qualifier": "more_than"}),
    ("Honduras registered more than 29,000 returned migrant children, up from about 16,000 in 2018.",
     "about 16,000", {"unit_head": "child", "qualifier": "approx"}),
    # a copula and one adjective before the noun; a part "of which"; "N of them" after ages
    ("Of these, 42 were foreign nationals.", "42", {"unit": "foreign nationals", "category": "people"}),
    ("A total of 1,394 were unaccompanied children.", "1,394", {"unit": "unaccompanied children"}),
    ("A third accused received 12 years, of which four were suspended.", "four",
     {"value": 4, "unit_head": "year", "category": "duration"}),
    ("Staff were caring for 19 children aged 9 to 17, seven of them Honduran.", "seven",
     {"unit": "children", "category": "people"}),
    # ages said of one person and after a name with a demonym
    ("The boy says he is 15, though his birth certificate says otherwise.", "15", {"category": "age"}),
    ("She was 14 when she was sold.", "14", {"category": "age"}),
    ("His co-accused, South African Thabo Mokoena, 39, who drove the victims, was jailed.", "39", {"category": "age"}),
    # two amounts in words joined by "and"; a part of a whole with an owner; a footnote mark after the noun
    ("The law prescribed a fine of between one million and three million Syrian pounds (SYP).",
     "between one million and three million Syrian pounds", {"low": 1e6, "high": 3e6, "currency": "SYP"}),
    ("Inspectors found one hundred and five thousand workers.", "one hundred and five thousand", {"value": 105000}),
    ("Teams reached 11 of the country's 22 departments.", "11", {"unit": "departments"}),
    # ISO codes withdrawn since; a verb after a bare number leaves the count to the scope
    ("It allocated LVL 101,000 ($201,000) to NGOs in 2008.", "LVL 101,000", {"value": 101000, "currency": "LVL"}),
    ("Of the investigations, 104 involved sex trafficking and 61 involved labor trafficking.", "104",
     {"unit": "investigations"}),
    ("Police freed 104 trafficked persons.", "104 trafficked persons", {"unit": "trafficked persons"}),
    # a participle before a crime in the singular is the verb: what is counted is named before (round 88)
    ("The 14 women were held for months. Two reported sexual abuse by their employers.", "Two", {"unit": "women"}),
    ("Police logged two reported cases in May.", "two reported cases", {"unit": "reported cases"}),
    ("The district has 40 committees, of which 31 exist only on paper.", "31", {"unit": "committees"}),
    # "as" names what is counted
    ("The center received 1,348 returnees, of whom 41 were identified as trafficking victims.", "41",
     {"unit": "trafficking victims", "category": "victims"}),
    ("Most come from Nepal, and an estimated 173,000 work as domestic workers.", "173,000",
     {"unit": "domestic workers", "qualifier": "approx"}),
    ("The hotline received 300 hotline calls.", "300", {"unit": "hotline calls"}),
    ("The ministry licensed 212 overseas recruitment agencies.", "212", {"unit": "overseas recruitment agencies"}),
    # "of them are", "are adults aged ...": the people named after the copula
    ("Police identified 21 victims. Eight of them are minors aged 14 to 17, and thirteen are adults aged 18 to 25.",
     "Eight", {"unit": "minors", "category": "people"}),
    ("Police identified 21 victims. Eight of them are minors aged 14 to 17, and thirteen are adults aged 18 to 25.",
     "thirteen", {"unit": "adults", "category": "people"}),
    # ages of relatives
    ("His younger brother, 24, was sentenced to nine years.", "24", {"category": "age"}),
    ("\u201cMy brother is nine,\u201d said Ahmad.", "nine", {"category": "age"}),
    # a letter sign of a country the story names, though it names another more often
    ("SAN PEDRO SULA, Honduras - Honduran children go north. In Guatemala a beer costs Q25 and a girl gets Q5.",
     "Q25", {"value": 25, "currency": "GTQ", "category": "money"}),
    ("Two NGO-run shelters assisted 58 others.", "58 others", {"unit": "others"}),
    # spoken numbers: decimals said as "point", two amounts in words as a range
    ("She said the money, one point five million cedis, will refurbish the shelter.", "one point five million",
     {"value": 1_500_000, "currency": "GHS", "category": "money"}),
    ("The fishermen paid the parents between five hundred and eight hundred cedis for each child.",
     "between five hundred and eight hundred cedis", {"low": 500, "high": 800, "currency": "GHS"}),
    # an age said of a person in a relative clause; a part of a whole owned by a body with a long name
    ("\u201cAnother, who is just 13, told us she worked 16 hours a day,\u201d the inspector said.", "13",
     {"category": "age", "unit": "years"}),
    ("Auditors found five of the International Labour Organization's 11 indicators of forced labour.", "five",
     {"unit": "indicators", "value": 5}),
    # a change written with "went from ... to": the clause's subject is counted
    ("Cases of kidnapping went from 212 in 2022 to 297 last year.", "297", {"unit": "Cases", "category": "cases"}),
    # the part of a group named by a participle
    ("Police arrested 40 people. Nine of those arrested were charged with soliciting.", "Nine",
     {"unit": "those arrested", "value": 9}),
    # a share as a subject, of a whole named before it; a share keeps six decimals
    ("Of the 412 claims, only 118 have been paid, while nearly a third are still pending.", "nearly a third",
     {"value": 33.333333, "qualifier": "approx", "category": "percent"}),
    ("Half were children.", "Half", {"value": 50, "category": "percent"}),
    # two numbers joined by "and" count what the second names; "of them" after a counted group
    ("The court sentenced them to two and three years' imprisonment, respectively.", "two",
     {"unit": "years", "category": "duration", "value": 2}),
    ("Police arrested 12 and 14 suspects in two raids.", "12", {"unit": "suspects", "category": "suspects"}),
    ("Police assisted 80 women who fled their exploiters and referred 38 of them to a shelter.", "38",
     {"unit": "women", "category": "people"}),
    # "of them" after a count of things; a capitalised word in a name is no antecedent
    ("The 2009 Trafficking in Persons (TIP) Report ranked 175 countries and placed 17 of them on Tier 3.", "17",
     {"unit": "countries"}),
    # the last part of a breakdown, "one" after "and"; a range with its unit after both ends; a hanging hyphen
    ("The government assisted four women exploited abroad, three in Trinidad and Tobago and one in Liberia.",
     "one", {"value": 1, "unit": "women"}),
    ("Traffickers received sentences of between one year and eight years imprisonment.", "between one year",
     {"low": 1, "high": 8, "category": "duration"}),
    ("Most victims were 15- to 17-year-old girls.", "15- to 17-year-old", {"low": 15, "high": 17, "category": "age"}),
    # round 29: "over age 21"; a part after a bracket is no part of the bracket's count; the sentence's own
    # "the number of X" before a count in the sentence before
    ("Agencies may only recruit workers over age 25 seeking jobs abroad.", "over age 25",
     {"qualifier": "more_than", "category": "age"}),
    ("Of the 70 victims, 41 were female (including 9 girls), 29 were male.", "29", {"unit": "victims"}),
    ("Officers made 35 site visits. The embassy did not report the number of Czech victims found (8 in 2016 "
     "and 14 in 2015).", "14", {"unit": "Czech victims"}),
    ("Prosecutors thanked the witnesses, six of whom testified in person.", "six", {"unit": "witnesses"}),
    # round 30: "younger than the age of"; a conversion after the currency's code in brackets keeps the qualifier
    ("The law bans recruiting anyone younger than the age of 16.", "younger than the age of 16",
     {"qualifier": "less_than", "category": "age"}),
    ("Fines reach up to 500,000 Jamaican dollars (JMD) ($3,200).", "$3,200", {"qualifier": "at_most", "currency": "USD"}),
    ("Officials said the scheme cost Bt2.4 billion.", "Bt2.4 billion", {"value": 2_400_000_000, "currency": "THB"}),
    ("Officers freed 15 children. Four of them are under 12.", "under 12", {"qualifier": "less_than", "category": "age"}),
    ("The department debarred 17 H-2B employers last year.", "17 H-2B employers", {"unit": "H-2B employers"}),
    # a bare count far from a single "one X" is no count of X (one close by, as in a comparison, is)
    ("It let one international agency check all arriving migrants and funded food and shelter for roughly 900 "
     "during the year.", "roughly 900", {"unit": None}),
    ("Police opened one investigation in 2017, compared with four in 2016.", "four", {"unit": "investigation"}),
    # round 33: counts in brackets after places the country data does not know, "(8)" among them
    ("The girls came from Grand Bassa (12), Lofa (8) and River Gee (3).", "8", {"value": 8, "unit": "girls"}),
    ("The girls came from Grand Bassa (12), Lofa (8) and River Gee (3).", "12", {"value": 12, "unit": "girls"}),
    # round 33: a bare count right after a verb done to people; "involved" before a gerund is a verb
    ("The state opened one new case (four in 2016) and convicted six for forced labor in 2017.", "six",
     {"unit": "convicted"}),
    ("Of the 30 cases, 25 cases involved begging and five involved transporting girls abroad.", "five",
     {"unit": "cases"}),
    # round 32: a range of shares, each with its sign; "hand over" is no qualifier
    ("Women had to hand over between 60% and 90% of what they earned.", "between 60% and 90%",
     {"low": 60, "high": 90, "category": "percent", "qualifier": "exact"}),
    # round 31: "involved" is a verb after a bare count
    ("Police opened 10 cases; four involved forced labor on farms.", "four", {"unit": "cases"}),
    ("Of the new files, three cases involved forced labor and one involved forced begging.", "one",
     {"value": 1, "unit": "cases"}),
    # round 31: the new leone; an age before a semicolon; the people a list after a colon counts
    ("In Freetown, each woman paid NLe 12,000 to the agent.", "NLe 12,000", {"value": 12_000, "currency": "SLE"}),
    ("The accused, Alhaji Kamara, 52; his wife Mariatu Kamara, 44; and a driver face charges.", "44",
     {"category": "age"}),
    ("Officers arrested 1,300 people. Potential victims were found in every region: 410 in Africa and 95 in Europe.",
     "95", {"unit": "victims"}),
    ("The oldest, a girl of 16, had been sold twice.", "16", {"category": "age"}),
    # a list of counts and ages: "<count> were aged <age>, <count> were <age>"
    ("Of the girls freed, three were aged 12, seven were 13 and two were 14 or 15.", "seven",
     {"value": 7, "unit": "girls"}),
    ("Of the girls freed, three were aged 12, seven were 13 and two were 14 or 15.", "13",
     {"value": 13, "category": "age"}),
    ("Of the girls freed, three were aged 12, seven were 13 and two were 14 or 15.", "14 or 15",
     {"low": 14, "high": 15, "category": "age"}),
    # an age in brackets after a name; money with a scale after a hyphen
    ("Dutch national Pieter Smit (52) and his son were charged.", "52", {"category": "age"}),
    ("Investigators froze $2.5-million in the couple's accounts.", "$2.5-million",
     {"value": 2_500_000, "currency": "USD", "category": "money"}),
    ("The NGO offered as little as FJ$15 a day.", "FJ$15", {"value": 15, "currency": "FJD"}),
    ("Judges gave the four men six- to nine-year terms.", "six- to nine-year",
     {"low": 6, "high": 9, "unit": "year", "category": "duration"}),
    ("Officers found two- and three-year-old siblings.", "two- and three-year-old", {"low": 2, "high": 3, "category": "age"}),
    # Eastern Caribbean and other dollar signs; "pc" for per cent; shares out of ten and of every ten
    ("The court ordered EC$10,000 to each victim.", "EC$10,000", {"value": 10000, "currency": "XCD"}),
    ("The survey found that 88pc of the families had taken an advance.", "88pc",
     {"value": 88, "category": "percent"}),
    ("Nearly nine out of ten brick kiln families had taken an advance.", "nine out of ten",
     {"value": 90, "category": "percent", "qualifier": "approx"}),
    ("In at least eight of every 10 cases the offender is a parent.", "eight of every 10",
     {"value": 80, "qualifier": "at_least"}),
    # "one" compared with a count before it; a possessive before the plural counted
    ("The police initiated three investigations, compared with one in 2014.", "one",
     {"value": 1, "unit": "investigations"}),
    ("Courts convicted two employers in 2004, up from one the previous year.", "one", {"unit": "employers"}),
    # the one person of a group, singular after "was a"
    ("Police identified nine victims; all were women, and one was a child.", "one was a child",
     {"value": 1, "unit": "child", "category": "people"}),
    # ... or a later year's "one" after a year with none
    ("Police opened one case under article 181-1, compared with no cases in 2016 and one in 2015.", "one",
     {"value": 1, "unit": "case"}),
    ("Trafficking coordinators worked in 11 regional prosecutor's offices.", "11",
     {"unit": "regional prosecutor's offices"}),
    # an age before "when" a person is spoken of, or after "now"
    ('"Sara", who asked us not to use her real name, was 16 when her parents told her she would marry.', "16",
     {"category": "age"}),
    ("My daughter is now 19 and at university.", "19", {"category": "age"}),
    # a plural that counts nothing before one that does; "Of those convicted"; nationals after a copula
    ("The project trained about 1,200 labour and fisheries inspectors.", "1,200",
     {"unit": "labour and fisheries inspectors", "category": "people"}),
    ("Of those convicted, 42 received suspended sentences.", "42", {"unit": "those convicted"}),
    # a place after the copula is no noun of the count: the group the phrase names, not the buildings of the sentence
    # before
    ("The raids targeted four buildings. Of those rescued, 77 were from Myanmar and 41 from Indonesia.", "77",
     {"unit": "those rescued"}),
    # an apposition that says a number is an age
    ("None of the 23 girls had reached 21, the minimum age the ministry sets for domestic workers.", "21",
     {"unit": "years", "category": "age"}),
    ("Of those rescued, 19 are Mexican, eight are Guatemalan and four are Honduran.", "eight",
     {"unit": "Guatemalan", "category": "people"}),
    # what a bare number with a term after "for" counts; the unit after "or more"
    ("Authorities suspended 43 percent of prison sentences, including two sentences for seven to 11 months, "
     "ten for one year, and 12 for one to two years.", "12", {"unit": "sentences", "value": 12}),
    ("The law defines a group as three or more individuals acting together.", "three or more individuals",
     {"value": 3, "qualifier": "at_least", "unit": "individuals"}),
    # quarters of a year are counted, not shared out
    ("Analysts expect the loss of the business for at least two quarters.", "two quarters",
     {"value": 2, "unit": "quarters", "qualifier": "at_least"}),
    ("More than 3,800 hotel, trucking and health care workers completed the course.",
     "More than 3,800 hotel, trucking and health care workers", {"unit_head": "worker", "qualifier": "more_than"}),
    # a bare count after a sentence-opening "Of those <participle>," with a passive verb counts those
    ("Of those detained, 14 were charged with pimping and three were released.", "14",
     {"value": 14, "unit": "those detained"}),
    ("Of those detained, 14 were charged with pimping and three were released.", "three",
     {"value": 3, "unit": "those detained"}),
    # a count named by a participle alone; "one" opening a bracketed breakdown or a bracketed comparison
    ("Police reported 40 arrests and prosecutions, and 11 convicted during the previous year.", "11",
     {"value": 11, "unit": "convicted"}),
    ("The court convicted five defendants (one for forced labor and four for sex trafficking).", "one",
     {"value": 1, "unit": "defendants"}),
    ("The government convicted seven traffickers (one in 2019); sentences ranged widely.", "one",
     {"value": 1, "unit": "traffickers"}),
    ("\u201cI came home. Three of my cousins did not.\u201d", "Three", {"value": 3, "unit": "cousins"}),
    # rates, bracketed parts of a whole, "of whom", "of the total", adjectives of time before a plural noun
    ("Forced labour is highest in the Gulf, at 5.3 per thousand people.", "5.3",
     {"value": 5.3, "unit": "per thousand people", "qualifier": "exact"}),
    ("The homicide rate was 12 per 100,000 inhabitants.", "12", {"value": 12, "unit": "per 100,000 inhabitants"}),
    ("Unaccompanied minors, of whom more than 3,000 arrived in 2015, are at risk.", "3,000",
     {"value": 3000, "unit": "minors", "qualifier": "more_than"}),
    ("Women make up 9.1 million of the victims, and 2.2 million of the total are children.", "2.2 million",
     {"value": 2.2e6, "unit": "children"}),
    ("Police identified 40 victims; nine of the 40 were children.", "nine", {"value": 9, "unit": "children"}),
    ("Of the 300 foreigners, 201 were Chinese and 14 from Laos.", "14", {"value": 14, "unit": "foreigners"}),
    ("The senators cited two earlier complaints and the man's three previous convictions.", "two",
     {"value": 2, "unit": "earlier complaints"}),
    ("The senators cited two earlier complaints and the man's three previous convictions.", "three",
     {"value": 3, "unit": "previous convictions", "category": "convictions"}),
    ("The ministry trained 60 police, immigration, and labor officials in May.", "60",
     {"value": 60, "unit": "police, immigration, and labor officials"}),
    ("Europe and Central Asia counted 4.1 million.", "4.1 million", {"value": 4_100_000}),
    ("The court ordered Tk 3.4 million in compensation.", "Tk 3.4 million", {"value": 3_400_000, "currency": "BDT"}),
    # ages: an adverb before an age between commas, the age a law sets
    ("Police said one of the boys, then 14, escaped in March.", "14", {"value": 14, "category": "age"}),
    ("The bill raises the minimum age of marriage to 18 for both sexes.", "18", {"value": 18, "category": "age"}),
    # a list of comparisons, each "one" a count of what the first counts
    ("Police opened one investigation in 2017, compared with one in 2016, one in 2015, and six in 2014.",
     "six", {"value": 6, "unit": "investigation"}),
    # round 20: "of them" after a clause's subject points further back; a participle after the number;
    # "of last year's"; initials before an age
    ("Police arrested 30 suspects. Prosecutors charged 11 of them.", "11", {"value": 11, "unit": "suspects"}),
    ("Police recorded 151 offenses, including 117 involving sex trafficking.", "117",
     {"value": 117, "unit": "offenses"}),
    ("The agency said 2,144 of last year's missing interns had been located.", "2,144",
     {"value": 2144, "unit": "missing interns"}),
    ("The driver, identified only by the initials M.K., 41, was detained.", "41", {"value": 41, "category": "age"}),
    # a penal code's "X years and one day to Y years"
    ("Article 411 prescribed five years and one day to 15 years' imprisonment.", "five years",
     {"low": 5, "high": 15, "unit": "years"}),
    # two amounts each with its currency are two amounts; the euro sign PDF text writes as a bullet
    ("Recruiters charge Rs 100,000 or Rs 150,000 for a visa.", "Rs 150,000", {"value": 150_000, "low": None}),
    ("The government provided \u2022876,000 ($1.05 million) to NGOs.", "876,000",
     {"value": 876_000, "currency": "EUR", "category": "money"}),
    # the Saudi riyal written as "SR", glued or spaced
    ("She was paid SR900 a month, then SR 1,200.", "SR900", {"value": 900, "currency": "SAR", "category": "money"}),
    ("She was paid SR900 a month, then SR 1,200.", "SR 1,200", {"value": 1200, "currency": "SAR"}),
    # "between" makes one range even when each amount has its abbreviated currency
    ("The agent collected between Rs. 1.5 million and Rs. 3 million from each recruit.", "Rs. 3 million",
     {"low": 1_500_000, "high": 3_000_000, "value": None, "category": "money"}),
    # a currency named by a country of several words is that country's
    ("It prescribes fines of no less than 500,000 Trinidad and Tobago dollars.", "500,000",
     {"value": 500_000, "currency": "TTD", "unit": "Trinidad and Tobago dollars"}),
    ("It prescribes fines of 100,000 to 1 million United Arab Emirates dirham.", "100,000",
     {"low": 100_000, "high": 1_000_000, "currency": "AED", "unit": "United Arab Emirates dirham"}),
    ("The court fined him 50,000 Hong Kong dollars.", "50,000", {"value": 50_000, "currency": "HKD"}),
    ("They were paid 200 US dollars a month.", "200", {"value": 200, "currency": "USD", "category": "money"}),
    # the whole a sentence opens with, with a participle and its complement before the comma
    ("Of the potential victims referred in Q3 2024, 2,396 (50%) said they were exploited as adults.", "2,396",
     {"value": 2396, "unit": "potential victims", "category": "victims"}),
    # a bare count that is a subject is no age, though an age stands just before it
    ("Roughly one in four victims was younger than 21, and 31 were under 18.", "31",
     {"value": 31, "unit": "victims", "category": "victims"}),
    # a count in brackets after a share of a plural noun counts that noun
    ("Males accounted for 78% of referrals (3,711) last quarter.", "3,711", {"value": 3711, "unit": "referrals"}),
    # a count after a reference in a list is a count when a reference of its own follows it
    ("It said 13 more cases were identified under article 132, and 10 under article 167.", "10",
     {"value": 10, "unit": "cases"}),
    # "of them" points back to people, not to the police who handed them over
    ("The group, 41 men and 23 women, was handed over by Cambodian police at the border. Five of them were under 18.",
     "Five", {"value": 5, "unit": "women"}),
    # a count compared with one the clause denied counts the denied noun
    ("The government did not report any convictions, compared with two in 2015.", "two",
     {"value": 2, "unit": "convictions", "category": "convictions"}),
    ("It did not initiate any prosecutions, compared to none in 2016, four in 2015, and none since 2011.", "four",
     {"value": 4, "unit": "prosecutions"}),
    ("The government provided 60,000 pa'anga ($28,380) to an NGO.", "60,000",
     {"value": 60_000, "currency": "TOP", "category": "money"}),
    # "and one in <place>" after a count placed with the same preposition; one of an "Of the ..." group
    ("It assisted five Vietnamese victims identified in Thailand and one in France.", "one",
     {"value": 1, "unit": "Vietnamese victims"}),
    ("Of the victims identified, one was a sex trafficking victim.", "one", {"value": 1, "unit": "victims"}),
    # a letter sign whose one country the story never names: South Africa's rand; Jordan's dinar
    ("Police in Johannesburg seized about R86,000 in cash and transfers of more than R1.2-million.", "about R86,000",
     {"value": 86_000, "currency": "ZAR", "qualifier": "approx"}),
    ("Workers lost between JD20 and JD35 a month to deductions.", "between JD20 and JD35",
     {"low": 20, "high": 35, "currency": "JOD"}),
    # the second end with space-grouped thousands and its sign on the first end's country
    ("In Gauteng, fines of between R800 and R1 200 were issued by the South African Police Service.",
     "between R800 and R1 200", {"low": 800, "high": 1_200, "currency": "ZAR"}),
    # an age after a name and its alias; an age closed by a dash
    ("The convicts are Md Rakibul Hasan alias Rakib, 36, of Narail.", "36", {"value": 36, "category": "age"}),
    ("The tribunal acquitted two other accused -- Mizanur Rahman, 29, and Rokeya Khatun, 52 -- as the charges fell.",
     "52", {"value": 52, "category": "age"}),
    # the sex of the group an "Of the (total) ..." opening names
    ("Of the total victims identified, 89 were under age 18 and almost all were female; only four were male.",
     "four were male", {"value": 4, "unit": "male victims", "category": "victims"}),
    # the group an "Of the ..." opening names, closed by a participle that ends a unit elsewhere
    ("It received 7,300 inquiries. Of the complaints received, 36 were related to forced labor.", "36",
     {"value": 36, "unit": "complaints"}),
    # ages before a fine keep their own measure; a bracketed count after people counted
    ("The court fined the defendants, aged 38 and 44, BD2,000 each.", "44", {"value": 44, "category": "age"}),
    ("The case came to light when one of the crewmen, then 21, called his family.", "21",
     {"value": 21, "category": "age"}),
    ("British nationals made up the largest group, with 112 referrals, followed by Vietnamese nationals (74).", "74",
     {"value": 74, "unit": "referrals"}),
    # a withdrawn currency's code before the amount
    ("A victim awarded HRK 80,000 had not received any payment.", "HRK 80,000", {"value": 80_000, "currency": "HRK"}),
    # the first amount's letter scale and mark for the second; a scale letter at a sentence's end
    ("In Tanzania a fine of between 5m/- and 150m/- or jail applies.", "between 5m/- and 150m/-",
     {"low": 5_000_000, "high": 150_000_000, "currency": "TZS"}),
    ("It cost between $1.5m and $2m.", "between $1.5m and $2m", {"low": 1_500_000, "high": 2_000_000, "currency": "USD"}),
    # a count compared with the whole of another year, not the place the sentence names; "on the N" compares
    ("More than 2,800 people have landed on the two islands since January, compared with roughly 800 in 2023.",
     "roughly 800", {"value": 800, "unit": "people", "qualifier": "approx"}),
    ("It rescued 1,231 victims in 2019, an increase of about 18 per cent on the 1,043 rescued the previous year.",
     "1,043", {"value": 1043, "unit": "victims"}),
    # "them" points back past the agent of a passive verb to the people acted on
    ("The workers landed on Wednesday and were received by officials from the ministry. Eleven of them are from "
     "Sarlahi.", "Eleven", {"value": 11, "unit": "workers"}),
    # a qualifier written after the number, then the counted noun, after an earlier count in the sentence
    ("The law prescribes 25 years for crimes committed by groups of three or more people.", "three or more people",
     {"value": 3, "unit": "people", "qualifier": "at_least"}),
    # a rough share written as "N out of M" is a share, not a count; what an average age is
    ("Women and girls were roughly four out of five victims in sex trafficking cases.", "roughly four out of five",
     {"value": 80, "category": "percent", "qualifier": "approx"}),
    ("The average age at which victims reported first being trafficked was 17.", "17",
     {"value": 17, "category": "age"}),
    # a change from a bare figure compares it with the whole a bracket broke down, not with the parts
    ("It assisted 172 victims (71 new cases, 101 from earlier years), an increase from 131 in 2016.", "131",
     {"value": 131, "unit": "victims", "category": "victims"}),
    ("The shelters housed 89 trafficking victims (80 girls and nine boys) in 2017, compared to 77 in 2016.", "77",
     {"value": 77, "unit": "trafficking victims"}),
    # a bracket glued to a dash after it is a token of its own: the figure inside is whole
    ("It approved an allowance of 300 baht ($9.20)—the minimum wage—for victims.", "$9.20",
     {"value": 9.2, "currency": "USD", "category": "money"}),
    # "compared with" compares with the clause's own count, not one an "including" phrase adds
    ("Courts convicted 105 individuals, including 223 counts of aggravating circumstances, compared with 125 in "
     "2016.", "125", {"value": 125, "unit": "individuals"}),
    # ... nor with the last part the "including" list names; a list that ends before the next clause is no bar
    ("The government identified 741 victims in 2018, including 329 women, 137 children, and 275 men, compared "
     "with 634 in 2017.", "634", {"value": 634, "unit": "victims"}),
    ("Police recorded 151 offenses, compared with 124 in 2021, including 117 involving sex trafficking. "
     "Prosecutors charged 44 defendants, compared with 38 in 2021.", "38", {"value": 38, "unit": "defendants"}),
    # "bringing to N the number of X": X is what N counts, a qualifier before N or not; demonyms are people
    ("The flight brings to more than 3,400 the number of Gambians who have returned from Libya.", "more than 3,400",
     {"value": 3_400, "qualifier": "more_than", "unit": "Gambians", "category": "people"}),
    # a change by a qualified amount, then the new level: two amounts, not a range
    ("The budget for victims fell by more than €90,000 to €183,210 in 2023.", "more than €90,000",
     {"value": 90_000, "qualifier": "more_than", "currency": "EUR"}),
    ("The budget for victims fell by more than €90,000 to €183,210 in 2023.", "€183,210",
     {"value": 183_210, "qualifier": "exact"}),
    # "one" with a scale is a count, not the pronoun
    ("Internally displaced persons numbered more than one million in 544 displacement sites.", "more than one million",
     {"value": 1_000_000, "qualifier": "more_than"}),
    # two participle compounds split by a comma share the noun; "identified N as" names what N counts
    ("Authorities referred 64 victims to 17 government-funded, NGO-run shelters.", "17",
     {"value": 17, "unit": "government-funded, NGO-run shelters", "unit_head": "shelter"}),
    ("Staff screened the deportees and identified 57 as possible trafficking victims.", "57",
     {"value": 57, "unit": "possible trafficking victims", "category": "victims"}),
    # an adverb may open the second of two modifiers: "unofficial and infrequently-monitored"
    ("Traffickers use 50 unofficial and infrequently-monitored border crossings.", "50",
     {"value": 50, "unit_head": "crossing"}),
    # "aged 13 to 15 are victims": ages, whoever the copula names after them; a modifier and "and" before a
    # count with a shared head
    ("Increasingly, girls aged 13 to 15 are victims of sex trafficking.", "13 to 15",
     {"low": 13, "high": 15, "category": "age"}),
    ("An unknown number of the approximately 100,000 documented and 60,000 undocumented foreign workers are victims.",
     "approximately 100,000", {"value": 100_000, "unit": "documented workers", "qualifier": "approx"}),
    # "were under 25" said of a plural noun of people in the clause: an age
    ("Nine of the workers in this case were under 25 and on their first trip abroad.", "under 25",
     {"value": 25, "qualifier": "less_than", "category": "age"}),
    # the oldest or youngest "of" a group, or "of them": an age
    ("The oldest of the rescued workers was 63.", "63", {"value": 63, "category": "age"}),
    ("Eleven women, the youngest of them 17, were found in the house.", "17", {"value": 17, "category": "age"}),
    # "the number of weekly flights from 21 to 28": both count the flights
    ("The airline will increase the number of weekly flights from 21 to 28 next week.", "21",
     {"value": 21, "unit": "weekly flights"}),
    # a bare first number of "from X to Y <noun>" counts the noun, whatever a guess from around it said;
    # a number after "call" that counts a plural noun is a count
    ("A spokesperson said the police Vice Squad's team had grown from six to 14 officers.", "six",
     {"value": 6, "unit": "officers"}),
    ("Secretary Marcela Torres said the office would increase the number of inspectors checking hotels from 40 "
     "to 65.", "65", {"value": 65, "unit": "inspectors"}),
    ("The prosecution intends to call 15 witnesses, including an interpreter.", "15 witnesses",
     {"value": 15, "unit": "witnesses"}),
    # demonyms listed with "and other" before a compound noun share it
    ("Sudan hosts approximately 30,000 Eritrean, Ethiopian, and other African asylum-seekers.",
     "approximately 30,000 Eritrean, Ethiopian, and other African asylum-seekers", {"value": 30_000, "qualifier": "approx"}),
    # a share in words after a count is not its unit; South Asian digit grouping
    ("The Maldives has a foreign workforce of about 145,000, roughly a third of its population.", "about 145,000",
     {"value": 145_000, "unit": "workforce"}),
    ("A total of 3,51,683 workers went to Malaysia between August and May.", "3,51,683",
     {"value": 351_683, "unit": "workers"}),
    # "of us": the people the speaker speaks for
    ('"In Sabha they locked about 300 of us in one warehouse," he said.', "about 300 of us",
     {"value": 300, "qualifier": "approx", "unit": "people", "category": "people"}),
    # a participle after a bare count names the people counted, before "under" too
    ("The government sentenced 84 convicted under the trafficking statute to prison terms.", "84",
     {"value": 84, "unit": "convicted"}),
    # a sign glued to the figure, thousands after a space; Zimbabwe's ZiG
    ("She paid an agent US$350 and ZiG2 500 for a visa.", "ZiG2 500",
     {"value": 2500, "currency": "ZWG", "category": "money"}),
    # what rose is the clause's subject ("have risen", "has fallen")
    ("He said reported cases of trafficking to the Gulf had risen from 31 in 2022 to 58 last year.", "58",
     {"value": 58, "unit": "cases"}),
    # "sentencing one to 12 years": one person, twelve years
    ("Courts convicted two traffickers, sentencing one to 12 years' imprisonment.", "12 years",
     {"value": 12, "low": None, "unit": "years", "category": "duration"}),
    # a quoted name between a count and its noun
    ('The government operated 22 "Victims of Violence" centers in 2017.', "22",
     {"value": 22, "unit": '"Victims of Violence" centers', "category": "institutions"}),
    # the Netherlands Antillean guilder by its code
    ("It received approximately ANG 9,500 from the Netherlands.", "ANG 9,500",
     {"value": 9500, "currency": "ANG", "qualifier": "approx"}),
    # "the number of X, N," names what N counts; Rwandan francs with a glued sign
    ("The largest number of families, 31, were freed in Kasur, followed by 24 in Sheikhupura.", "24",
     {"value": 24, "unit": "families"}),
    ("The law prescribes fines of between Rwf10 million and Rwf15 million.", "Rwf10",
     {"low": 10_000_000, "high": 15_000_000, "currency": "RWF"}),
    # two amounts joined by "or", each with its glued sign, as with a spaced one
    ("Families say they receive Rs900 or Rs950 after the deductions.", "Rs950", {"value": 950, "low": None}),
    # a function word glued to the figure by PDF extraction
    ("It prosecuted 20 traffickers, compared to106 alleged traffickers the year before.", "106",
     {"value": 106, "unit": "alleged traffickers"}),
    # bare numbers listed before an age take its unit: three ages, not three bare counts
    ("The girls were recruited when they were 14, 15 and 16 years old.", "14", {"category": "age", "value": 14}),
    ("Two sisters aged 13 or 14 years were found.", "13", {"category": "age"}),
    # domestic workers under the words their employers and agencies use
    ("Police rescued 23 housemaids and 4 nannies from the agency's dormitory.", "23",
     {"unit_head": "housemaid", "category": "people"}),
    ("The agency placed 310 domestic helpers with families in the city.", "310", {"unit_head": "helper"}),
    # a sum listed before another's currency; a count before a parallel gerund and its noun
    ("Funding was roughly equivalent to 528,300 and 265,000 Bahraini dinar ($1.4 million and $702,920).",
     "528,300", {"currency": "BHD", "category": "money"}),
    ("Police seized €186,500 and 1.2 million leke in cash.", "€186,500", {"currency": "EUR"}),
    ("It referred 79 victims, including 62 adults, compared with identifying 91 and referring 77 victims the "
     "year before.", "91", {"unit_head": "victim"}),
    # a verb after a bare count is no modifier of the noun after it: the list's noun goes on
    ("Of 391 convictions, 233 convictions carried a prison sentence, 81 carried conditional sentences.", "81",
     {"unit_head": "conviction"}),
    # thousands grouped by spaces after a glued sign, in both ends of a range; Malawi's "MK"
    ("Malawi police said each had paid between K150 000 and K400 000 to an agent.", "K150",
     {"low": 150_000, "high": 400_000, "currency": "MWK"}),
    ("In Malawi, each woman paid MK250,000 to the agent.", "MK250,000", {"value": 250_000, "currency": "MWK"}),
    # "and one-half"; a country named in brackets after the demonym; a breakdown counts the people convicted,
    # not the cases they were convicted "in"
    ("The court gave prison sentences of three and one-half years.", "three", {"value": 3.5, "category": "duration"}),
    ("The charges included trafficking of more than 30 Chinese (People's Republic of China) women.", "30",
     {"unit_head": "woman", "qualifier": "more_than"}),
    ("Courts convicted 37 traffickers in 26 cases, 35 for sex trafficking and two for forced labor.", "35",
     {"unit_head": "trafficker"}),
    # a gerund after a count is its verb, not its noun
    ("Of the six receiving prison terms, one received a term of up to five years.", "six", {"unit": None}),
    # a four-letter code before the amount, its currency by the country
    ("In Cameroon, each returnee gets a package worth FCFA 350,000.", "FCFA", {"value": 350_000, "currency": "XAF"}),
    ("In Cameroon, girls paid between FCFA 400,000 and FCFA 800,000 each.", "between",
     {"low": 400_000, "high": 800_000, "currency": "XAF"}),
    # "cannabis" is no plural; a hyphen between a number word and its scale; the Lebanese pound's "LL"
    ("Inside they discovered more than 1,400 cannabis plants.", "1,400", {"unit_head": "plant"}),
    ("Two-hundred and twenty seven of the victims were children.", "Two", {"value": 227}),
    ("In Lebanon, a worker now costs me LL2.4 million a month.", "LL2.4", {"value": 2_400_000, "currency": "LBP"}),
    # a change from one count to another far after its verb: both count the noun of the second
    ("The government expanded its network of Isange One-Stop Centers to assist GBV and trafficking victims from 29 "
     "to 44 centers.", "29", {"value": 29, "unit": "centers"}),
    # an adverb before a verb after a bare count: no noun phrase
    ("Of the 118 contacts, 45 ultimately accepted shelter.", "45", {"unit_head": "contact"}),
    # counts listed with semicolons before the noun; two modifiers between "were" and the noun
    ("The government identified 355; 1,815; and 2,899 victims in 2016, 2015, and 2014, respectively.", "1,815",
     {"unit_head": "victim"}),
    ("Of these, two were labor trafficking victims and four were sex trafficking victims.", "two",
     {"unit_head": "victim", "category": "victims"}),
    # a dot before a scale word is a decimal point ("2.717 billion"), whatever European thousands look like
    ("SENAME received 2.717 billion Chilean pesos in 2016.", "2.717", {"value": 2_717_000_000}),
    ("It cost 1.250.000 euros.", "1.250.000", {"value": 1_250_000}),
    # demonyms after counts under "Of the victims in the program,": victims of those nationalities
    ("Of the victims in the program, nine were Czech, five Ukrainian, and one Vietnamese.", "five",
     {"unit_head": "victim"}),
    # a bracket breaking down any plural count by kind of trafficking
    ("Inspections resulted in 70 reports of trafficking (52 sex trafficking, 18 labor trafficking).", "18",
     {"unit_head": "report"}),
    # a noun alike in both numbers before a hyphenated plural: "police sub-stations"
    ("It opened approximately 300 police sub-stations across the country.", "300", {"unit": "police sub-stations"}),
    # the dollar sign, then the letters of the country whose dollar it is
    ("In Fiji, the crew were promised $US350 a month and are owed about $FJ223,000.", "$FJ223,000",
     {"value": 223_000, "currency": "FJD", "qualifier": "approx"}),
    ("Each was promised $US350 a month.", "$US350", {"value": 350, "currency": "USD"}),
    # "forced" naming a kind of trafficking inside the phrase; demonyms after counts whose people come before
    ("It registered 190 child forced begging victims.", "190", {"unit_head": "victim"}),
    ("The victims identified in 2017 included 293 French, 132 Nigerian and 112 Romanian.", "132",
     {"unit_head": "victim"}),
    # a share in words is no unit for the counts after it
    ("Half of the convicted traffickers (four of eight) received suspended sentences.", "four", {"category": "other"}),
    # "N of them" past a stretch of time to the last count of the sentence, whatever it counts (round 74)
    ("Foremen fired on about 200 strawberry pickers who had demanded six months of unpaid wages, wounding some 30 "
     "of them.", "some 30", {"unit": "strawberry pickers", "qualifier": "approx"}),
    # an age between a count and what it counts (round 76)
    ("Police rescued 12 women, including two 16-year-old girls, from a bar.", "two 16-year-old girls",
     {"value": 2, "unit": "girls"}),
    # a vote's tally (round 73)
    ("Senators voted 43-2 for the bill, which the House approved 89-4 in March.", "89", {"unit": "votes"}),
    ("Senators voted 43-2 for the bill.", "2", {"unit": "votes"}),
    # "One of them was only 19": one person's age (round 73)
    ("He had altered the birth certificates of two women. One of them was only 19, he said.", "only 19",
     {"category": "age", "value": 19}),
    # "the other three": the rest of the people counted before it, not a count listed after a semicolon
    ("Courts sentenced four traffickers to prison and issued suspended sentences to the other three; one court also "
     "ordered compensation.", "three", {"unit": "traffickers", "category": "offenders"}),
    # "N of them" with no subject to go back to: the people the sentence before counted (round 72)
    ("Some 41 people said their employers had kept their passports and 29 had not been paid. Twelve of them were "
     "referred to a shelter.", "Twelve", {"category": "people"}),
    # a dollar's ISO code before its sign (round 71)
    ("The workers were paid around SBD$500 a month.", "around SBD$500",
     {"value": 500, "currency": "SBD", "qualifier": "approx"}),
    # "N of them" never counts the clause's own subject (round 71)
    ("Eleven suspects were questioned, and prosecutors ordered the 24-hour detention of nine of them.", "nine",
     {"unit": "suspects"}),
    # "aged 16 and 17": a range of ages, as "between"
    ("Police freed 12 adolescents aged 16 and 17.", "16", {"low": 16, "high": 17, "category": "age"}),
    # billions and millions as Philippine headlines write them (round 95)
    ("Senate probe bares P1.6-B in suspicious transfers in the Philippines", "P1.6-B",
     {"value": 1.6e9, "currency": "PHP"}),
    # a measure between a count and its noun (round 95)
    ("The developer is building two 16-storey apartment blocks on the site.", "two 16-storey apartment blocks",
     {"value": 2, "unit": "apartment blocks"}),
    # a passive only people undergo counts the people counted last, not the countries they came from (round 95)
    ("The shelter supported 23 women last quarter. They came from eight countries, including Albania and Vietnam. "
     "Seven were rescued by police.", "Seven", {"unit": "women"}),
    # one person and an age between commas; "of whom" after the people a sentence names without counting (round 96)
    ("\u201cOne young man, just 19, had a broken wrist that was never treated.\u201d", "just 19",
     {"value": 19, "category": "age"}),
    ("We spent \u00a3287 million with external suppliers, of whom about 2,900 invoiced us at least once.", "about 2,900",
     {"unit": "suppliers"}),
    ("Officers intercepted more than 2,300 passengers at the country's airports, of whom at least 410 were bound for "
     "scam hubs.", "at least 410", {"unit": "passengers"}),
    # a table's column header naming a count wins over a row of categories (round 96)
    ("Spending by category.\n\nCategory | Annual spend | Active suppliers\nAdult social care | \u00a388.9m | 163",
     "163", {"unit": "Active suppliers"}),
    # "N of whom" counts the people named before; ages in a relative clause of being; both ends of "from N to M"
    # count the noun before them; a bracketed ringgit sign heads a column of money (round 97)
    ("Several of the women had brought their children with them, 23 of whom were under the age of 10.", "23",
     {"unit": "children"}),
    ("Court heard that he recruited the girls, who were then 15 and 16, through Instagram.", "16",
     {"value": 16, "category": "age"}),
    ("The ministry reduced its list of approved recruitment agencies from 1,320 to 870 after cancelling licences.",
     "870", {"unit": "agencies"}),
    ("Numbers for July\n\nType of case | New cases | Recovered (RM)\nUnpaid wages | 48 | 214,500", "214,500",
     {"value": 214500, "currency": "MYR"}),
    ("Of these victims, 21 accepted shelter assistance and 16 chose immediate repatriation.", "16",
     {"unit": "victims"}),
    # ages after names with the surname withheld; a temperature (round 98)
    ('The FGR identified the suspects as Jes\u00fas "N," 34; and \u00d3scar "N", 27.', "34",
     {"value": 34, "category": "age"}),
    ("August temperatures exceed 45\u00b0C in the camps.", "45\u00b0C", {"value": 45, "unit": "\u00b0C"}),
    ("Today 23 girls aged 11 to 17 live with us.", "11 to 17", {"low": 11, "high": 17, "category": "age"}),
    # a decimal comma before a scale (round 99)
    ("The ministry set aside a N$2,4 million fund for vulnerable children in Namibia.", "N$2,4 million",
     {"value": 2.4e6, "currency": "NAD"}),
    # round 100: "N of them" after a part named with "including" counts the whole; a table's counted thing named
    # by the title above it; a Burundian franc sign; "raising X from A to B" gives two values, not a range
    ("Officials identified 328 victims, including 203 children, and referred 189 of them to care.", "189",
     {"unit": "victims"}),
    ("Victims identified, 2019\u20132021\n\nType of exploitation | 2019 | 2020 | 2021\nSexual exploitation | 22 | 17 | 24",
     "17", {"unit": "Victims"}),
    ("Families handed the recruiters between FBu 300,000 and FBu 500,000 each.", "between FBu 300,000 and FBu 500,000",
     {"low": 300000, "high": 500000, "currency": "BIF"}),
    ("The ministry proposed raising the deposit from CZK 500,000 to CZK 1 million.", "CZK 1 million",
     {"value": 1e6, "currency": "CZK", "change": "increase"}),
    # a person "of" an age with an adjective before (round 95)
    ("One of our guests, a young woman of 20, told me she had slept in a locked room.", "20",
     {"value": 20, "category": "age"}),
    # the items of a list under "Of these:" count parts of what the line before counted (round 95)
    ("Volunteers handled 137 cases, up from 96 in 2022. Of these:\n\n41 involved illegal agency fees;\n\n"
     "18 involved passports kept by an employer;\n\n9 were referred to partners.", "18", {"unit": "cases"}),
    ("Volunteers handled 137 cases, up from 96 in 2022. Of these:\n\n41 involved illegal agency fees;\n\n"
     "18 involved passports kept by an employer;\n\n9 were referred to partners.", "9", {"unit": "cases"}),
    # round 115: two modifiers joined by "or" before the people a copula names
    ("Roughly one in five returnees were women, and 132 were unaccompanied or separated children.",
     "132 were unaccompanied or separated children", {"value": 132, "unit": "separated children", "category": "people"}),
    # "N of them" after "Of these, M were ...": the M just named, not the whole the sentence before counted
    ("Inspectors interviewed 412 workers across the three sites. Of these, 57 were foreign nationals, and 34 of them "
     "had no valid work permit.", "34", {"unit": "foreign nationals"}),
    # a part of a whole that was only planned or estimated
    ("The team has completed 64 of a planned 80 in-depth interviews.", "64 of a planned 80 in-depth interviews",
     {"value": 64, "unit": "in-depth interviews"}),
    # a suspended compound's first half before "and"
    ("The project tracks some 430 Thai- and Indonesian-flagged vessels.", "some 430 Thai- and Indonesian-flagged vessels",
     {"value": 430, "unit": "vessels", "qualifier": "approx"}),
    # "c." and "ca." for circa
    ("Registered migrant workers numbered c. 2.7 million in 2023.", "c. 2.7 million",
     {"value": 2.7e6, "qualifier": "approx"}),
    # round 116: a bare count opening a sentence after a split of a whole counts the whole
    ("Of the 31 children, 19 were boys and 12 were girls. Twenty-two were aged between 13 and 16.", "Twenty-two",
     {"value": 22, "unit": "children"}),
    ("Police rescued 40 victims. 25 were women and 15 were men. Ten were under 18.", "Ten", {"unit": "victims"}),
    # a part of a part stays the part's: the split does not add up to the whole
    ("Police found 31 children; 19 were boys and 10 were girls. Six were aged under 12.", "Six", {"unit": "girls"}),
    # round 117: people a pronoun names, aged; paid staff; a table row of officers and prosecutors
    ("They are between 18 and 25, often single mothers.", "between 18 and 25", {"low": 18, "high": 25, "unit": "years"}),
    ("The network has five paid staff and 40 volunteers.", "five paid staff", {"value": 5, "unit": "paid staff"}),
    ("# | Indicator | Baseline | Target | Actual\n3 | Police officers and prosecutors trained | 120 | 450 | 462",
     "462", {"value": 462, "unit": "Police officers"}),
    # round 118: one age said of people with a copula, where the clause ends
    ("Three of the girls were 17 when they travelled to Oman.", "17", {"value": 17, "unit": "years", "category": "age"}),
    # "N of them" opening a sentence: the people the sentence before counted, not a plural after the count (round 118)
    ("Officers detained nine people suspected of organising the illegal employment of foreigners. Five of them have "
     "been charged.", "Five", {"value": 5, "unit": "people"}),
    # New Taiwan dollars written "NTD"
    ("The Ministry of Labor spent NTD 48 million on shelter and other services.", "NTD 48 million",
     {"value": 48e6, "currency": "TWD"}),
    # "five more" with no noun after is no count of "more"
    ("For every crew that gets caught, there are five more doing the same thing down the road.", "five",
     {"value": 5, "unit": None}),
    # an adverb after a bare count is no unit; before a noun it is a modifier
    ("The Chair noted that 14 people were attending, nine in the room and five online.", "five",
     {"value": 5, "unit": "people"}),
    ("Some 300 online recruiters were flagged to the platforms.", "Some 300 online recruiters",
     {"value": 300, "unit": "online recruiters"}),
    # an infobox's row: the label names what the value counts
    ("Kingdom of Thailand | \nCapital | Bangkok\nPopulation (2023 est.) | about 66.1 million\nArea | 513,120 km\u00b2",
     "about 66.1 million", {"value": 66.1e6, "unit": "population", "qualifier": "approx"}),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_quantity_fields(run_text, text, span, expected):
    q = one(run_text, text, span)
    for key, value in expected.items():
        got = getattr(q, key)
        if key == "unit" and value is not None:
            assert got is not None and value.lower() in got.lower(), (key, got)
        elif isinstance(value, float | int) and not isinstance(value, bool) and got is not None:
            assert got == pytest.approx(value), (key, got)
        else:
            assert got == value, (key, got)


@pytest.mark.parametrize(
    "text",
    [
        "The report was published in 2017 and covers 2016.",
        "Since 2015, the country has been on Tier 2 Watch List.",
        "Argentina was upgraded to Tier 1 in the report.",
        "The offence falls under Article 3 and Section 12 of the code.",
        "Law 26.842 of 2012 defined the crime.",
        "Articles 418, 419, and 420 criminalize some forms of sex trafficking.",
        "Resolution 2331 condemned the abuses.",
        "The government ran awareness campaigns in Region 1 and Region 7.",
        "Officers took bribes at the border post.\n\n264 MALAWI\nPROTECTION\nThe government maintained efforts.",
        "The raid took place on June 5 at 10:30 p.m.",
        "The hearing was held on 5 June 2018.",
        "Victims can call the hotline at 1288 for help.",
        "Call the toll-free line at 1-800-555-0199 for help.",
        "The ministry opened a one-stop crisis center.",
        "Counsellors held one-on-one sessions.",
        "Case file 2017-0045-12 was closed.",
        "Call +855 23 123 456 to report a case.",
        "Media contact: Telephone: (+41-22) 91700-2311",
        "Telephone: (+221) 33 859 96 50",
        "The repatriates arrived on Kuwait Airways flight KU 417.",
        "The girl, then a Year 11 student, was married.",
        "For further information please contact the Public Affairs Office at (404) 555-0143.",
        "Anyone with information is asked to call the CTU hotline at 800-4288 or the TTPS at 999.",
        "Citizens could report bonded labour on the toll-free number 0800-55566.",
        'Victims can text "FREEDOM" to 56338 at any hour.',
        "Under RA 10364, trafficking is a serious crime.",
        "Tel. +66 2 123 4567 or write to the office.",
        "Victims may (1) report, (2) seek shelter and (3) claim damages.",
        "The women were moved from one apartment to another, and passed from one pimp to the next.",
        "Girls were sold at motels along Interstate 75 and Highway 41.",
        "It was the third consecutive year of decline, and the 2nd report.",
        "CAMBODIA125126CAMBODIA law enforcement officers lacked training.",
        "Page numbers like 287MALAYSIA must not count.",
        "The 2000 UN TIP Protocol entered into force.",
        "Cases rose between 2003-2017 across the region.",
        "No one was convicted, and each one of them was released.",
        "Divisions 270 and 271 of the criminal code apply, as do Articles 132 and 132-2.",
        "The helpline runs 24/7 and was launched on 2018-06-05 at 10am.",
        "Tier Two countries received 3rd-party audits.",
        "The other half of the budget went to shelters, and half of the year was lost to floods.",
        "The ministry and the police worked at one point with NGOs.",
        "Prices rose into the thousands, and fans came by the hundreds.",
        "Indonesia ratified Protocol No. 29 and Convention No. 189.",
        "Trafficking was criminalized in Chapter III, articles 18 through 23, and sections 5 to 9.",
        "The operation ran from 5 to 9 June, and a second one between 12 and 14 July.",
        "The raids ran June 5-9, 2022.",
        "The ministry promised zero tolerance and a zero-sum approach.",
        "Each family got a one-time payment.",
        "She said that one was sold to a farm owner.",
        # a road's kilometre posts; a school year
        "Police raided camps along the highway between kilometers 98 and 115.",
        "She is a form four leaver from Singida.",
        "The national plan, known as Program 130, was renewed.",
        # a version after a name
        "The plan, known as NAPTIP 3.0, runs to 2025.",
        # a number inside a body's name
        "The interview was broadcast on El Watania 1 last night.",
        # a point in time, not an amount of time; page numbers left beside a running head
        "Two years ago, the government declared an emergency; three years earlier a war had ended.",
        "The unit lacked sufficient KUWAIT 231 resources.",
        "The law requires: (1) no fees; (2) written contracts.",
        "Lucía Ortega, of Four Oaks, pleaded guilty.",
        "It led to 372 PARAGUAY the extradition of a suspect.",
        # the people counted before, named again
        "Officers arrested the six in coordinated dawn raids.",
        "The embassy arranged travel documents for the 94 found in Bavet.",
        "Following 2016 allegations, the inquiry widened.",
        "The national action programme for 2021-25 aims to help.",
        "Rashida Begum is from Camp 4 and Block 12.",
        # a number to call
        "Report illegal recruiters to the toll-free line 8588.",
        "Victims can call the hotline 1323 at any hour.",
        "Report it by texting 233733 at any hour.",
        # a release number of figures and letters
        "Release Number 24-412-CHI was issued on Monday.",
        # numbers listed after a plural reference word
        "They may answer for the crimes provided for in articles 149-A, 149 and 288 of the Penal Code.",
        "Sections 3 and 4 of the act were amended.",
        # a station's name, not a count
        "The girl told 9 News she had been held for weeks.",
        "Speaking to 11 Alive, the sheriff urged parents to watch.",
        "The Council of Ministers' Decision 166 prohibited withholding workers' passports.",
        "Report it to the toll-free line 116 006 or the nearest police station.",
        "Witnesses used the 911 emergency line; the 1098 helpline got busier.",
        # a footnote's number opening its line
        "The law was amended.\n1 Figures provided by the government.",
        "The model P5 and the N95 masks were sold.",
        # the tail of a code
        "To prevent exploitation among E6-2 entertainment visa holders, the government required training.",
        # clock times and a story's "one night"
        "She worked from five in the morning to past midnight.",
        "The raid began at six o'clock.",
        "The raid began at 0400 hrs.",
        "Authorities recorded potential cases in the Hijri year 1439, the ministry said.",
        "For more information, please contact:\nPublic Information Officer\nMenara Thamrin, Level 22, Jl. Thamrin Kav. 3, "
        "Jakarta 10250\nTel. +62 21 391 3112",
        "The women were found in the mining districts of Regions One, Seven and Eight.",
        "Donations go through M-Pesa Paybill 522533 (account: SHELTER).",
        "The bus with the girls left at ten minutes past six.",
        "One night I climbed over the wall and took a taxi.",
        # a number to call after "contact ... on"; a court's branch
        "If you or someone you know is at risk, contact the AFP on 131 237.",
        "Judge Maria Villanueva of the Regional Trial Court (RTC) Branch 58 found the couple guilty.",
        # an ordinal or a share of nothing named: no count
        "The third was released on bail.",
        # a footnote's number run into the text by PDF extraction
        "Officials reported that frequent 1 FELCC figures include some cases of smuggling.",
        "The training ended. 1 MVD and PGO figures were not disaggregated.",
        "He served half.",
        # the complement of a count, not a count; a decimal that numbers a name
        "All were adults, and all but two were Lebanese citizens.",
        "The data feed into the work of Alliance 8.7, the global partnership.",
        "Police raided a building in Sangkat 4 of Sihanoukville.",
        # a street's name or an address; a visa's subclass; a number to call
        "Agents searched Jade Blossom Spa on Two Notch Road and a parlour at 12 Main Street.",
        "Workers on a subclass 482 visa can be sponsored.",
        "Migrants were urged to call its toll-free number 1141 before making any payment.",
        # a police dog unit (round 74)
        "The coast guard deployed K9 teams at the port.",
        # roads and bills by number (round 73)
        "The state sits at the junction of Interstates 35, 40 and 44.",
        "The governor looks forward to signing HB 2381.",
        # a North American number with its area code in brackets; a hotline's number set off after it (round 72)
        "For more information: Dana Whitfield, (614) 555-0142, dana@example.org",
        "The ministry said that a hotline for migrants, 1230, operates around the clock.",
        # sibling article numbers: a subdivision, or a close number after "and" with no count noun
        "The others were charged under Article 127.1 and, later, under 127.2 of the code.",
        "They were charged under PPC sections 370, buying or disposing of any person as a slave, and 371, "
        "habitual dealing in slaves.",
        # a township or plot by its number; a clock time in words (rounds 77 and 80)
        "The women were kept in a rented house in Area 49.",
        "The office moved to Plot 12 on the main road.",
        "They worked from 6 in the morning until after midnight.",
        # the number that ends a vessel's name (round 88)
        "The men were found on the Hai Feng Yu 212 and the Hai Feng Yu 217.",
        "The crew of the Sea Harvest 9, a Thai-flagged trawler, were freed in Ambon.",
        "The shop stayed open until 11 at night.",
        # a second article after the first one's gloss in brackets; a hotline's number in quotes; a number to
        # call after "calling", or after "at" far from "call"; a train's number (round 83)
        "A case was opened under Articles 135 (human trafficking) and 168 (fraud) of the Criminal Code.",
        'The government funded the IOM-operated "157" hotline.',
        "Police urged the public to report cases by calling 901 or through the app.",
        "People with information can call the task force's hotline at 1-888-991-4000 or Crime Stop at 311.",
        "The children were found on the 12948 Azimabad Express.",
        "Call number 3 for help.",
        # a kind of vehicle; an idiom; a verb after a bare number
        "The board trained hotel staff and three-wheeler drivers to spot child exploitation.",
        "One too many families has lost a daughter.",
        "One of the girls ran from a hotel and called 911.",
        "Contact Police Scotland on 101 or, in an emergency, 999.",
        "Mentors held one-to-one sessions with every member.",
        "A 12-seater minibus was stopped at the border.",
        # identifiers after their labels; the pages of a citation (round 115)
        "UIN 74512, tabled on 8 November 2021, asked the Home Secretary about referrals.",
        "Okafor, M. (2021) 'Counting the uncounted', Journal of Modern Slavery, 6(2), pp. 45\u201368.",
        # a body's regional office by its number (round 120)
        "The children went to the Department of Social Welfare and Development in Central Visayas (DSWD 7).",
        "",
    ],
)
def test_no_quantity(run_text, text):
    assert quantities(run_text, text) == []


@pytest.mark.parametrize("text", [
    # a terminal's number, a Buddhist Era year, a hotline's number in its name (round 66)
    "Some $500 was taken from each of them at Ninoy Aquino International Airport Terminal 3 on Tuesday.",
    "The Anti-Trafficking Act B.E. 2551 sets fines of $2,000.",
    "Victims can call the 1343 Actionline, which took $40,000 in donations.",
    "The budget of $4 million for 2019-20, approved in May, went to shelters.",
])
def test_a_fiscal_years_short_second_year_is_no_count(run_text, text):
    """"2022-23": the 23 is the year 2023, not an amount inheriting the money before it."""
    assert [q.category for q in quantities(run_text, text)] == ["money"]


def test_each_one_of_a_breakdown_after_a_semicolon_counts_the_whole(run_text):
    found = quantities(run_text, "The court tried three defendants (one in 2016); one for sex trafficking, one for "
                                 "forced begging, and one for forced labor.")
    assert [(q.value, q.unit) for q in found] == [(3, "defendants")] + [(1, "defendants")] * 4


def test_list_marker_and_page_number_are_not_quantities(run_text):
    text = "Recommendations:\n1. Investigate traffickers.\n2. Train judges.\n\n125\n\nThe police arrested 4 suspects."
    found = quantities(run_text, text)
    assert [q.value for q in found] == [4.0]


def test_span_text_is_verifiable(run_text):
    text = "In June, authorities repatriated at least 42 migrant workers from Thailand."
    facts = run_text(text)
    (q,) = facts.quantities
    assert text[q.start:q.end] == q.text == "at least 42 migrant workers"
    assert q.rule


def test_one_as_pronoun_is_skipped_but_counts_stay(run_text):
    found = quantities(run_text, "One of the three judges resigned after the hearing.")
    assert [(q.value, q.unit) for q in found] == [(3.0, "judges")]


def test_year_followed_by_count_noun_is_a_count(run_text):
    found = quantities(run_text, "Officials screened 2000 migrants at the border.")
    assert [q.value for q in found] == [2000.0]


def test_running_heads_glued_to_page_numbers(run_text):
    text = "This continued to constrain CAMBODIA125126CAMBODIAlaw enforcement officers' ability to act."
    assert quantities(run_text, text) == []


def test_currency_by_country():
    tables = load_currency_tables("lexicons/quantity_currencies.json")
    assert currency_for_noun("pesos", tables, country="ARG") == "ARS"
    assert currency_for_noun("pesos", tables, country="PHL") == "PHP"
    assert currency_for_noun("dinars", tables, adjective="Libyan") == "LYD"
    assert currency_for_noun("won", tables, country="PRK") == "KPW"
    assert currency_for_noun("naira", tables) == "NGN"
    assert currency_for_noun("victims", tables) is None
    assert currency_for_symbol("₦", tables) == "NGN"
    assert currency_for_symbol("Rs", tables, country="PAK") == "PKR"
    assert currency_for_symbol("EUR", tables) == "EUR"
    assert currency_for_symbol("THE", tables) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("victims", "victim"), ("passes", "pass"), ("facilities", "facility"), ("children", "child"),
     ("people", "person"), ("fishermen", "fisherman"), ("asylum-seekers", "asylum-seeker"), ("news", "news"),
     ("status", "status"), ("years", "year"), ("women", "woman"), ("boxes", "box")],
)
def test_singular(word, expected):
    assert singular(word, load_unit_lexicon("lexicons/quantity_units.json")) == expected


@pytest.mark.parametrize(
    ("words", "head", "expected"),
    [(["suspected", "traffickers"], "trafficker", "suspects"), (["traffickers"], "trafficker", "offenders"),
     (["Cambodians"], "cambodian", "people"), (["months"], "month", "duration"), (["cases"], "case", "cases"),
     (["shelters"], "shelter", "institutions"), (["boats"], "boat", "institutions"), (["bricks"], "brick", "other")],
)
def test_unit_category(words, head, expected):
    assert unit_category(words, head, load_unit_lexicon("lexicons/quantity_units.json")) == expected


def test_bad_pattern_file_names_the_rule(tmp_path, nlp):
    import spacy

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "label": "qualifier", "value": "roughly", "pattern": [{"LOWER": "about"}]}\n')
    blank = spacy.blank("en")
    with pytest.raises(RuleFileError, match="qualifier value"):
        blank.add_pipe("ctip_quantities", config={"patterns": str(bad)})
    bad.write_text('{"id": "x", "label": "qualifier", "pattern": [], "colour": "red"}\n')
    with pytest.raises(RuleFileError, match="unknown key"):
        blank.add_pipe("ctip_quantities", name="q2", config={"patterns": str(bad)})


def test_works_without_sentences_or_other_components():
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("ctip_quantities")
    doc = blank("Police rescued 12 girls and 3 boys.")
    assert [s.text for s in doc.spans["ctip_quantities"]] == ["12 girls", "3 boys"]


@pytest.mark.parametrize(
    "text",
    ["The value 10^400 overflowed.", "Code " + "9" * 5000 + " was logged.", "$$$ 1e400 ,,, -- 3..4 %%", "\u0000 12\u200b34",
     "one two three four five six seven eight nine ten eleven twelve thirteen fourteen victims",
     "( 42"],  # (a bracket before the text's last number)
)
def test_junk_never_raises(run_text, text):
    for q in run_text(text).quantities:
        assert q.value is None or q.value < 1e30


# -- round 77 -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "expected"), [
    # ", of which N <verb>": a part of the sentence's count, however far back
    ("Police opened 64 criminal investigations into trafficking in 2023, of which 27 concerned forced labour, "
     "compared with 15 a year earlier.", "27", {"value": 27, "unit": "criminal investigations"}),
    # an owner and a hedge before the whole
    ("The register, to which 41 of the country's roughly 900 licensed recruitment agencies have signed up, opened.",
     "41", {"value": 41, "unit_head": "agency"}),
    # a given name alone and the age after it
    ("Tariq Mahmood, 61, whose son Bilal, 20, is among the missing, sold his land.", "20",
     {"value": 20, "category": "age"}),
])
def test_quantities_of_round_77(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a share of a round number is a number
    ("A network that moves 100 people a month takes in a quarter of a million dollars.", "a quarter of a million dollars",
     {"value": 250_000, "currency": "USD", "category": "money"}),
    ("Three quarters of a million euros were seized.", "Three quarters of a million euros",
     {"value": 750_000, "currency": "EUR"}),
    # an age between commas after a word for a person the lexicon does not know, before a speech verb
    ("One Indonesian chainsaw operator, 29, said he worked 12 hours a day.", "29", {"value": 29, "category": "age"}),
    # ages in a list of people, the last one closing the sentence
    ("Also charged are his nephew, Tomas Ferreira, 29; and two crew leaders, Hugo Salas, 37, and Ruben Tax, 33.",
     "29", {"value": 29, "category": "age"}),
    ("Also charged are his nephew, Tomas Ferreira, 29; and two crew leaders, Hugo Salas, 37, and Ruben Tax, 33.",
     "33", {"value": 33, "category": "age"}),
    # a share of children "under 10"; a relative clause's "who number"; "a mother of two"
    ("Some 11,800 children were begging. More than a third were under 10.", "under 10",
     {"value": 10, "qualifier": "less_than", "category": "age"}),
    ("Domestic workers, who number around 3.7 million, are not covered.", "around 3.7 million",
     {"value": 3_700_000, "unit": "Domestic workers", "category": "people"}),
    ("The migrant workers, who number 3 million, wait.", "3 million", {"value": 3_000_000, "unit_head": "worker"}),
    ("Asylum-seekers, who numbered more than 11,000 in 2024, wait for months.", "more than 11,000",
     {"value": 11_000, "unit": "Asylum-seekers"}),
    # a plural's possessive naming a kind of body counts the bodies; a fraction opening a compound is no share
    ("The government opened two new specialized prosecutors' offices in the north.", "two new specialized prosecutors' offices",
     {"value": 2, "unit": "new specialized prosecutors' offices"}),
    ("The council held two half-day briefings for elected members.", "two half-day briefings",
     {"value": 2, "unit": "half-day briefings"}),
    # a comparison after a share set off inside the clause compares the count, not the share
    ("Police opened 42 investigations last year, about 30 percent of them involving forced criminality, compared "
     "with 26 in 2019.", "26", {"value": 26, "category": "investigations"}),
    # a family's size counts its members; a range after a plural of people is their ages; a breakdown by place in
    # brackets counts the people, not the districts named before it
    ("A family of five was freed from the kiln.", "five", {"value": 5, "unit": "family members"}),
    ("She had counselled 23 people since 2015, most of them women between 18 and 30.", "between 18 and 30",
     {"low": 18, "high": 30, "category": "age"}),
    ("The survey reached 2,400 returnee migrants in six districts (1,500 in Bangladesh, 900 in Nepal).", "1,500",
     {"value": 1500, "unit": "returnee migrants"}),
    # a supply chain's tier between a count and its noun
    ("Our supply base had 1,118 Tier 1 factories, down from 1,260 a year earlier.", "1,118 Tier 1 factories",
     {"value": 1118, "unit": "Tier 1 factories"}),
    # an adjective after a range of ages names nothing counted
    ("The law makes men aged 18 to 35 liable for two years of military service.", "18 to 35",
     {"low": 18, "high": 35, "category": "age"}),
    # a comparison after a bracket breaking down the count before it, a year between, compares the whole
    ("Prosecutors identified 382 victims in 2017 (291 of sex trafficking and 74 of labor trafficking), compared with "
     "346 in 2016.", "346", {"value": 346, "unit": "victims"}),
    # what is given goes to the people counted, not to the places they were taken from
    ("Authorities removed 764 children from 41 gold mining sites and provided medical care to 96 of them.", "96",
     {"value": 96, "unit": "children"}),
    # an age after "of them", and before a share
    ("Officers intercepted more than 500 people, most of them under 25, at land borders.", "under 25",
     {"value": 25, "category": "age", "qualifier": "less_than"}),
    ("About one in four victims was under 18, and more than 90 per cent were women.", "under 18",
     {"value": 18, "category": "age"}),
    ("The unit had a staff of 25 in 2005.", "25", {"value": 25, "unit": "staff", "category": "people"}),
    # "another" after a share counts more of what the count before the share counted
    ("Police rescued 40 children. Half were girls. Another 12 remain missing.", "Another 12",
     {"value": 12, "unit": "children"}),
    # the people an aside names as its source are not what a bare count counts
    ("The pair recruited 14 women. In reality, prosecutors said, at least nine were taken to Dublin.", "at least nine",
     {"value": 9, "unit": "women"}),
    # a second age limit after "and", for another place
    ("A woman must be at least 25 years old to work in Saudi Arabia and at least 23 for other Gulf countries.",
     "at least 23", {"value": 23, "qualifier": "at_least", "category": "age"}),
    ("Girls aged 15 were sent to Oman and 30 for Qatar.", "30", {"value": 30, "category": "other"}),
    # "available" after a count names no counted thing: the visas named before are counted
    ("The scheme offers 20,000 visas, with a further 10,000 available if demand is shown.", "a further 10,000",
     {"value": 10_000, "unit": "visas"}),
    ("The 29-year-old mother of two returned home in March.", "two", {"value": 2, "unit": "children"}),
    ("A father of five was arrested at the border.", "five", {"value": 5, "unit": "children", "category": "people"}),
    # Kenyan shillings written "Kshs."; a dollar sign before the currency named after the amount; Pacific currencies
    ("The girls were promised Kshs. 8,000 a month.", "Kshs. 8,000", {"value": 8000, "currency": "KES"}),
    ("Remittances reached $214.6 million tala last year.", "$214.6 million tala",
     {"value": 214_600_000, "currency": "WST", "unit": "tala"}),
    ("The fine was about 150,000 vatu.", "about 150,000 vatu", {"currency": "VUV", "category": "money"}),
    # a change "from X to Y" in the present or future is two values, not a range
    ("The monthly minimum wage will rise from US$450 to US$550.", "US$550", {"value": 550, "low": None}),
    # a count of people named after the copula, whatever the clause goes on with
    ("In all, 634 were women travelling to Oman.", "634 were women", {"value": 634, "unit": "women"}),
    # a speech verb after a count is no counted thing
    ("At least 19 told investigators they were beaten.", "At least 19", {"value": 19, "qualifier": "at_least"}),
])
def test_quantities_of_round_83(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text, span, expected", [
    # a figure given as the value of a label opening its line (a newsletter's list of figures)
    ("Our year in numbers\n\nWomen who completed a vocational course: 31\nWomen now in paid work: 18, most of them "
     "in Durres\nCourt hearings attended: 12", "31", {"unit": "Women", "category": "people"}),
    ("Our year in numbers\n\nWomen who completed a vocational course: 31\nWomen now in paid work: 18, most of them "
     "in Durres\nCourt hearings attended: 12", "18", {"unit": "Women"}),
    ("Figures for 2023\n\nVictims identified: 97\nBudget: 1.2 million lei", "97", {"unit": "Victims", "category": "victims"}),
    # the readers or writers counted: "of you", "of us"
    ("Nearly 300 of you gave this year, and 41 of you now give every month.", "41 of you",
     {"value": 41, "unit": "people", "category": "people"}),
    # ages: a number a person turned; a name, its age and what the person is
    ("The youngest arrived in March and turned 17 with us in April.", "17", {"category": "age"}),
    ("\"The truth was enough.\" \u2014 Ana, 23, a former resident", "23", {"category": "age"}),
    # a bare count with a speech verb after it counts people, not the share in brackets before it
    ("Some reported forced labour: 176 respondents (14.5 percent) lost their passports, and 63 said they went unpaid.", "63",
     {"unit": "respondents"}),
])
def test_quantities_of_round_88(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text, span, expected", [
    # a fraction sign after the digits; thousands grouped with spaces on both ends of a range; the metical
    ("The co-defendants got prison terms ranging from 6\u00bd to 17 years.", "6\u00bd to 17 years",
     {"low": 6.5, "high": 17, "category": "duration"}),
    ("Buyers paid between 5 000 and 8 000 meticais for each girl.", "between 5 000 and 8 000 meticais",
     {"low": 5000, "high": 8000, "currency": "MZN"}),
    # a list of modifiers, one of them a word for people, sharing the head after "and"
    ("IOM trained 146 immigration, police and social welfare officers.", "146 immigration, police and social welfare officers",
     {"unit_head": "officer", "category": "people"}),
    # a band of ages said of a share of people; no share above a whole
    ("About four in ten (41 percent) were between 18 and 24.", "between 18 and 24", {"category": "age"}),
    ("The estimate is 2,650 victims, with a 95 per cent confidence interval of 2,100 to 3,400.", "2,100 to 3,400",
     {"unit": "victims"}),
    # a name given in quotes, then an age
    ('Domestic worker, Klang. "Sari", 23, worked for a household for 11 months.', "23", {"category": "age"}),
])
def test_quantities_of_round_89(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        got = getattr(q, field)
        assert got == (pytest.approx(value) if isinstance(value, float) else value), (field, got)


@pytest.mark.parametrize("text", [
    "Migrant Workers Bulletin \u00b7 Issue 37 \u00b7 Published 4 August 2021",
    "The Denominator #52: what the helpline numbers tell us",
    "OSCE Secretariat, Wallnerstrasse 6, 1010 Vienna, Austria",
    "The decision was issued on Rajab 25, 1442 AH.",
    "Trucks on the Highway 401 corridor were stopped.",
    "Callers reached Thailand's 1300 Prachabodi Center at night.",
    "On the three hundredth day of the strike they marched.",
])
def test_issues_addresses_and_hijri_dates_are_no_counts(run_text, text):
    assert [q.text for q in run_text(text).quantities] == []


def test_table_cells_count_their_columns_or_rows(run_text):
    text = ("Prosecutions by jurisdiction\n\nJurisdiction | Defendants charged (2019) | First-instance convictions | "
            "Average prison sentence (years)\nAlbania | 54 | 23 | 6.1\n\nResults\n\nIndicator | Baseline (2017) | Target (2020)"
            "\nSurvivors receiving legal aid | 35 | 400\n\nNotes follow.")
    got = [(q.text, q.unit, q.category) for q in run_text(text).quantities]
    assert got == [("54", "Defendants charged", "suspects"), ("23", "First-instance convictions", "convictions"),
                   ("6.1", "years", "duration"), ("35", "Survivors", "victims"), ("400", "Survivors", "victims")]


@pytest.mark.parametrize("text, span, expected", [
    # an owner in lower case inside a partitive; a modifier in single quotes; "population of"; a square measure
    ("Police arrested two of the company\u2019s Egyptian employees.", "two of the company\u2019s Egyptian employees",
     {"unit": "Egyptian employees"}),
    ("Officials referred 2,400 'fake' companies to prosecutors.", "2,400 'fake' companies", {"unit_head": "company"}),
    ("The town has a registered population of around 26,000.", "around 26,000",
     {"unit": "population", "category": "people"}),
    ("They slept in a 40-square-metre container.", "40-square-metre", {"value": 40, "unit_head": "metre"}),
    # the second of two people named with their ages (round 93)
    ("Police arrested Md Karim Howlader, 48, and Abdul Mannan Sikder, 52, on Friday.", "52", {"category": "age"}),
    # a bare count arriving that opens its sentence: the people the sentence before named (round 91)
    ("The women arrived between January 2 and March 8. A total of 171 came from Saudi Arabia.", "A total of 171",
     {"unit": "women"}),
    # a count compared with "up from" takes the people counted before it, not a duration between
    ("The project will enrol 1,350 young refugees in courses lasting three to six months, up from 600 in 2016.", "600",
     {"unit": "young refugees"}),
])
def test_quantities_of_round_90(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


def test_table_brackets_signs_and_row_labels(run_text):
    text = ("Ships\n\nVessel | Crew | Wages owed (US$) | Change\nHai Shun 118 | 13 | 72,600 | +25%\nOrion Star | 19 | 40,500 | "
            "-6.6%\n\nRecovered\n\n | 2016 | 2015\nWages recovered (HK$) | 3.46 million | 2.71 million\n\nEnd.")
    got = [(q.text, q.value, q.unit, q.currency) for q in run_text(text).quantities]
    assert got == [("13", 13, "Crew", None), ("72,600", 72600, "US$", "USD"), ("+25%", 25, "%", None),
                   ("19", 19, "Crew", None), ("40,500", 40500, "US$", "USD"), ("-6.6%", -6.6, "%", None),
                   ("3.46 million", 3_460_000, "HK$", "HKD"), ("2.71 million", 2_710_000, "HK$", "HKD")]


def test_a_column_of_outcomes_counts_what_the_column_beside_it_counts(run_text):
    text = ("Complaints\n\nType of complaint | New cases | Resolved\nUnderpayment of wages | 27 | 15\n\nEnd.")
    assert [(q.text, q.unit) for q in run_text(text).quantities] == [("27", "New cases"), ("15", "cases")]


def test_table_columns_of_iso_currencies_and_ages(run_text):
    text = ("Grants\n\nCountry | Grant (USD) | Age at offence\nNepal | 720,000 | 16\n\nEnd.")
    got = [(q.text, q.currency, q.category) for q in run_text(text).quantities]
    assert got == [("720,000", "USD", "money"), ("16", None, "age")]


def test_a_year_compared_with_is_no_quantitys_date(run_text):
    facts = run_text("Detections grew by 47 per cent compared with 2019. Calls rose 24% on 2019 last year.",
                     published="2021-05-01")
    assert [(q.text, q.date) for q in facts.quantities] == [("47 per cent", None), ("24%", "2020")]


def test_a_province_named_by_its_number_is_no_count(run_text):
    got = [q.text for q in run_text("Teams reached 48,000 people in Province 2 and Zone 4 last year.").quantities]
    assert got == ["48,000 people"]


def test_under_a_number_after_a_copula_is_an_age_only_of_people(run_text):
    assert [q.category for q in run_text("Fees were under 5 last year.").quantities] != ["age"]
    assert [q.category for q in run_text("Most of the girls were under 12.").quantities] == ["age"]


@pytest.mark.parametrize(("text", "ages"), [
    # two people counted before "aged": an age each, even a year apart; a class of people: a range
    ("Two of the girls, aged 15 and 16, were taken to a place of safety.", [(15, None, None), (16, None, None)]),
    ("Both sisters, aged 14 and 15, were freed.", [(14, None, None), (15, None, None)]),
    ("Two men, aged 23 and 31, were charged.", [(23, None, None), (31, None, None)]),
    ("Children aged 16 and 17 may do light work.", [(None, 16, 17)]),
])
def test_two_peoples_ages_or_a_class_of_ages(run_text, text, ages):
    found = [(q.value, q.low, q.high) for q in run_text(text).quantities if q.category == "age"]
    assert found == ages


def test_n_of_them_opening_a_quote_counts_the_people_of_the_sentence_before(run_text):
    text = ('Ms Banda said the migrants, all men aged between 18 and 34, had been packed into the truck.\n\n'
            '"Six of them needed urgent treatment," she said.')
    q = one(run_text, text, "Six")
    assert (q.value, q.category) == (6, "people") and q.unit in ("men", "migrants")


@pytest.mark.parametrize(("text", "span", "unit"), [
    # a bare number naming again people counted elsewhere: before it, or after it when in the headline
    ("Three suspects were charged on Monday. All three pleaded not guilty.", "three", "suspects"),
    ("A court jailed two men for trafficking 23 Moldovans. It ordered the two to pay the victims.", "the two", None),
    ("Court jails six for trafficking women\nThe court jailed six defendants on Monday.", "six", "defendants"),
    # how many share a place
    ("The men were housed in crowded trailers, as many as 14 to a unit, and charged rent.", "14", "men"),
    ('"Several were living eight to a three-bedroom house," she said.', "eight", "people"),
])
def test_a_count_named_again_or_shared_out(run_text, text, span, unit):
    q = one(run_text, text, span.split()[-1])
    if unit is None:  # the count the words name again ("two men"), not the one just before ("23 Moldovans")
        assert q.unit == "men"
    else:
        assert q.unit == unit


def test_a_number_paid_to_someone_is_no_count_of_people_sharing_a_place(run_text):
    assert one(run_text, "They paid 20 to a broker.", "20").unit is None


def test_the_number_of_a_visa_class_names_the_count_after_it(run_text):
    text = ("The number of H-2B positions certified for Texas employers has grown by about 30% in the past four years, "
            "to more than 40,000 in fiscal year 2022.")
    q = one(run_text, text, "40,000")
    assert (q.value, q.qualifier, q.unit_head) == (40000, "more_than", "position")


def test_people_per_room_after_a_measure_are_people(run_text):
    q = one(run_text, "Staff work 70 hours a week, sleep eight to a room and are afraid to complain.", "eight")
    assert (q.value, q.category) == (8, "people")


def test_ages_after_initials_only_people(run_text):
    text = ("Police named three executives as suspects. The three, identified only by their initials MH, 45, SR, 38, "
            "and DK, 51, have been charged.")
    ages = [(q.value, q.category) for q in quantities(run_text, text) if q.category == "age"]
    assert ages == [(45, "age"), (38, "age"), (51, "age")]


def test_n_of_them_after_the_people_its_sentence_names(run_text):
    text = ("Eight people were arrested. Five of them are Portuguese and three are Indian nationals.\n\n"
            "The suspects were brought before a judge on Thursday, who ordered four of them held in detention.")
    assert one(run_text, text, "four").unit == "suspects"


def test_a_shilling_sign_in_a_story_naming_kenya_most(run_text):
    # (Myanmar named most: the story is about its scam compounds; of the countries a "Sh" may name, Kenya most)
    text = ("NAIROBI - Kenyan detectives said the ring sent youths to scam compounds in Myanmar, where Myanmar militias "
            "held them. Myanmar's junta denied it; Myanmar police did not reply; one victim was from Uganda. Officers "
            "recovered Sh1.8 million in cash from the Kenyan suspects, who had sent 40 people to Myanmar.")
    q = one(run_text, text, "Sh1.8 million")
    assert (q.value, q.currency) == (1_800_000, "KES")


def test_a_call_centre_number_is_no_quantity(run_text):
    text = "The ministry received 40 complaints through its unified call center 19911 and its online platform."
    assert [q.text for q in quantities(run_text, text)] == ["40 complaints"]


def test_or_so_after_a_number_is_approximate(run_text):
    q = one(run_text, "Inspectors identified 9,000 or so people at risk.", "9,000")
    assert (q.value, q.qualifier, q.unit) == (9000, "approx", "people")


def test_table_rows_count_their_key_indicator_column_after_a_pillar_column(run_text):
    text = ("Progress against the plan in 2023:\n\n"
            "Pillar | Key indicator | 2023 target | 2023 result | Status\n"
            "Prevention | Private employment agencies vetted | 600 | 688 | Achieved\n"
            "Prosecution | Convictions secured | 60 | 47 | Not achieved\n\nNotes follow.")
    units = {q.text: q.unit for q in quantities(run_text, text)}
    assert units["688"] == units["600"] == "Private employment agencies"
    assert units["47"] == "Convictions"


def test_a_quoted_figure_counts_the_noun_after_the_quote(run_text):
    text = 'In Zurich, a police spokesman said "fewer than 20" venues still describe themselves as cabarets.'
    q = one(run_text, text, "fewer than 20")
    assert (q.value, q.qualifier, q.unit) == (20, "less_than", "venues")


def test_an_hour_after_shortly_after_is_no_count(run_text):
    text = "By the time we left, shortly after eleven, we had interviewed all six crew."
    assert [q.text for q in quantities(run_text, text)] == ["six crew"]


def test_a_speaker_s_age_after_now(run_text):
    q = one(run_text, '"For the first months I did not leave the room," says Tamang, now 27. She runs a shop.', "27")
    assert (q.value, q.category) == (27, "age")


def test_sudanese_pounds_by_their_code_are_no_goal_numbers(run_text):
    got = [(q.text, q.currency) for q in quantities(run_text, "He must pay SDG 1.5 million under SDG 8.7 and SDG 16.")]
    assert got == [("SDG 1.5 million", "SDG")]


def test_a_minimum_age_at_a_number_and_hours_limited_to_one(run_text):
    text = "A new law sets the minimum age for domestic work at 18 and limits weekly working hours to 48."
    assert (one(run_text, text, "18").category, one(run_text, text, "48").unit) == ("age", "hours")


def test_counts_set_off_after_people_with_where_they_came_from(run_text):
    text = "Police allege he recruited the workers, 11 from Mexico and three from Guatemala, to jobs in Ontario."
    assert [(q.text, q.unit) for q in quantities(run_text, text)] == [("11", "workers"), ("three", "workers")]


def test_a_helpline_named_before_its_number_is_no_count(run_text):
    text = "Calls to the free child helpline, Allô 1011, had risen sharply. It received 1,240 calls last year."
    assert [q.text for q in quantities(run_text, text)] == ["1,240 calls"]


def test_kwanza_by_their_sign_and_a_number_to_dial_in_an_emergency(run_text):
    text = "The children were sold for about Kz 80,000 each. Contact Police Scotland on 101 or 999 in an emergency."
    assert [(q.text, q.currency) for q in quantities(run_text, text)] == [("about Kz 80,000", "AOA")]


# what a bare count counts when its words name it elsewhere (rounds 101-105)
UNITS_FROM_CONTEXT = [
    # a part of a count named before: "Only 19 of the 64", "Of these, 96, roughly 8 percent,", "Of these, ... and 12 were"
    ("In October we interviewed 64 of the survivors we support. More than 80 percent said a named caseworker mattered. "
     "Only 19 of the 64 had been registered with a doctor.", "Only 19", "survivors"),
    ("Volunteers have answered 1,240 calls on our advice line. Of these, 96, roughly 8 percent, were about exploitation.",
     "96", "calls"),
    ("The government identified 54 victims in 2020, compared with 92 in 2019. Of these, 37 were children, and 12 were "
     "identified abroad and repatriated.", "12", "victims"),
    ("The Assistance System admitted 341 new clients last year. More than half of them (182) were identified as "
     "possible victims of labour exploitation.", "182", "new clients"),
    ("Inspectors visited 38 car washes between August 28 and October 6, the inspectorate said. Violations were "
     "recorded at 29 of them, or 76 percent.", "29", "car washes"),
    ("The suspects have been questioned on suspicion of trafficking. Prosecutors have asked the court to order the "
     "pre-trial detention of six of them, while the other five were released.", "six", "suspects"),
    # a clause with its own subject after "Of the ..."; a count set off after a share of a noun
    ("We passed 31 cases to the helpline and 12 to the police.\n\nOf the young people our youth team has helped this "
     "year, 11 were under 18 when they arrived.", "11", "young people"),
    ("The agency recorded 566 victims last year. Almost half of all victims, 273, were minors.", "273", "victims"),
    # a change from a count, or of what "the number of" names
    ("The secretary said the fall in convictions, from 58 the previous year, was a warning.", "58", "convictions"),
    ("Authorities identified 187 victims in 2018, including 163 women and girls and 24 men and boys, a decrease from 214 "
     "in 2017.", "214", "victims"),
    ("The number of internally displaced people in the Sahel has grown more than tenfold in three years, to over 2.5 "
     "million.", "2.5 million", "internally displaced people"),
    ("Car washes were added in 2022, after the number of third-country nationals working here passed 100,000.",
     "100,000", "third-country nationals"),
    ("The compound grew from four buildings in March 2021 to 11 by June 2023.", "11", "buildings"),
    # people counted by a verb after the number; alumni; a modifier that looks plural
    ("The adult women were offered temporary accommodation, but at least 11 chose to return to their regions.", "11",
     "women"),
    ("A survey of earlier alumni found that 85 per cent had used the skills, and around 120 of them had since joined "
     "national teams.", "around 120", "alumni"),
    ("So far, 43 savings and credit groups have been formed.", "43", "savings and credit groups"),
]


@pytest.mark.parametrize("text, span, unit", UNITS_FROM_CONTEXT)
def test_units_a_bare_count_takes_from_its_context(run_text, text, span, unit):
    assert one(run_text, text, span).unit == unit



def test_an_outline_code_opening_a_table_row_is_no_count(run_text):
    text = ("Results\n\nIndicator | Baseline | Target 2024 | Achieved 2024\n"
            "1.1 Labour inspectors trained on victim screening | 0 | 400 | 462\n"
            "3.2 Share of cases resolved within six months (%) | 22 | 45 | 51\n\nNotes follow.")
    got = [(q.text, q.unit) for q in quantities(run_text, text) if q.text != "six months"]
    assert got == [("0", "Labour inspectors"), ("400", "Labour inspectors"), ("462", "Labour inspectors"),
                   ("22", "percent"), ("45", "percent"), ("51", "percent")]


@pytest.mark.parametrize("text, span, expected", [
    # a currency sign not in Unicode's Latin-1: the colón
    ("In Jacó, agents seized ₡18.5 million (about $34,000) in cash.", "₡18.5 million",
     {"value": 18_500_000, "currency": "CRC"}),
    # a fraction word read as a share
    ("The labourers were paid about one-fourth of what they were owed.", "about one-fourth",
     {"value": 25, "unit": "percent", "qualifier": "approx"}),
    # time off with pay; a gloss in brackets between a borrowed word and its noun
    ("Domestic workers are entitled to one paid day off each week.", "one paid day", {"value": 1, "unit_head": "day"}),
    ("The NCWC held an awareness event for 180 drayang (karaoke bar) dancers and their employers.", "180",
     {"unit_head": "dancer"}),
    # the people before ", N of whom" past the place they are in; a count compared with, written "a dozen"
    ("Stateless Rohingya in Rakhine State, nearly 140,000 of whom remained in displacement camps, are at risk.",
     "nearly 140,000", {"unit": "Rohingya", "qualifier": "approx"}),
    ("The union received about 30 complaints this year, compared with a dozen in 2018.", "a dozen",
     {"value": 12, "unit": "complaints"}),
])
def test_quantities_of_round_107(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text", [
    "Officers were at the motel within four minutes of the 911 call, she said.",
    "A court convicted a police officer, Senior Police Officer 2 Ramon Dizon, of recruiting minors.",
])
def test_a_number_dialled_or_a_ranks_grade_is_no_count(run_text, text):
    assert [q.text for q in quantities(run_text, text) if q.unit != "minutes"] == []


def test_a_column_headed_by_people_and_a_verb_and_one_in_a_currency_word(run_text):
    text = ("Fair Catch results\n\nThe union's monitors visited two ports in Thailand last year.\n\n"
            "Port | Vessels boarded | Crew interviewed | Back pay recovered (baht)\n"
            "Songkhla | 41 | 386 | 912,400\nPattani | 23 | 214 | 488,000\n\nMore follows.")
    got = {q.text: (q.unit, q.currency) for q in quantities(run_text, text)}
    assert got["386"] == ("Crew interviewed", None) and got["214"] == ("Crew interviewed", None)
    assert got["912,400"] == ("baht", "THB") and got["488,000"] == ("baht", "THB")


@pytest.mark.parametrize("text, span, expected", [
    # an age alone after a one-word name the text capitalises elsewhere too
    ("Read Jay's story. Jay is 15. An older lad he met starts buying him food.", "15",
     {"value": 15, "category": "age"}),
])
def test_quantities_of_round_108(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text, span, expected", [
    # people named by their age; an age limit said of anyone; a count a relative clause says changed
    ("The employers allowed eight 14- and 15-year-olds to work after 7 p.m.", "eight 14- and 15-year-olds",
     {"value": 8, "category": "people"}),
    ("We will not deploy anyone under 23 as a household service worker.", "under 23",
     {"value": 23, "category": "age", "qualifier": "less_than"}),
    ("The paper traces forced labour convictions, which rose from four in 2021 to 26 last year.", "26",
     {"unit": "forced labour convictions"}),
    # a multiple passes no unit to the count it multiplies; occasions counted in "times" do
    ("Members reported 7,412 victims in 2023, more than three times the 2,150 recorded in 2022.", "2,150",
     {"unit": "victims"}),
    ("Survivors contacted us 1,038 times last year, up from 742 in 2021.", "742", {"unit": "times"}),
    # compound nouns before the counted thing: "monthly", a noun alike in both numbers, a short word ending in "ed"
    ("Traffickers face fines of 50 to 100 monthly tax units (UTM).", "50 to 100 monthly tax units",
     {"low": 50, "high": 100, "unit": "monthly tax units"}),
    ("The service will extend to 6 further police force areas.", "6 further police force areas",
     {"unit": "further police force areas"}),
    ("The funding will provide 300 safe house bed spaces.", "300 safe house bed spaces", {"value": 300}),
    ("Inspectors visited two logistics warehouses.", "two logistics warehouses", {"value": 2}),
    # a bare count doing what only people do counts people, not the places counted before it
    ("More than 340 people from 28 countries registered and about 210 joined live.", "about 210", {"unit": "people"}),
])
def test_quantities_of_round_109(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text", [
    "Ep. 58: The Job Ad Was a Trap",
    "Unemployment is 15.",
])
def test_an_episode_number_is_no_count_and_a_common_word_has_no_age(run_text, text):
    assert [q.category for q in quantities(run_text, text) if q.category == "age"] == [] \
        and not any(q.text == "58" for q in quantities(run_text, text))


def test_tables_of_round_112(run_text):
    # a currency closing a header without a bracket; a total of groups of people; a column numbering the rows
    text = ("Grants\n\nGrantee | Amount (NOK) | Approx. USD\nShakti Samuha | 3,200,000 | 305,000\n\n"
            "Admissions\n\nNationality | Adults | Minors (under 18) | Total\nMoldova | 12 | 3 | 15\n\n"
            "Action points\n\nNo. | Action | Owner\n1 | Circulate the referral pathway | S. Haddad\n"
            "2 | Draft a data-sharing protocol | K. Whitlow\n\nEnd.")
    got = [(q.text, q.unit, q.currency) for q in run_text(text).quantities]
    assert got == [("3,200,000", "NOK", "NOK"), ("305,000", "USD", "USD"), ("under 18", "years", None),
                   ("12", "Adults", None), ("3", "Minors", None), ("15", "people", None)]


def test_a_table_row_giving_a_part_of_the_row_above_counts_what_that_row_counts(run_text):
    text = ("In numbers\n\nIndicator | July-September | April-June\nNew admissions | 38 | 29\n"
            "... of whom under 18 | 21 | 17\nReferrals from the police | 14 | 9\n\nEnd.")
    got = [(q.text, q.unit) for q in run_text(text).quantities]
    assert ("21", "New admissions") in got and ("17", "New admissions") in got and ("14", "Referrals") in got


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a verb after a bare count is no counted thing
    ("All five deny the charges, their lawyer said.", "five", {"unit": None}),
    # what a count counts, named between it and an earlier count of the sentence
    ("One Maputo-based NGO put the number of women and girls taken across the border at between 800 and 1,200 a year.",
     "between 800 and 1,200", {"unit": "women", "low": 800, "high": 1200}),
    # a minimum age people must have
    ("Volunteers must be at least 18 and are asked to give four days a month.", "at least 18",
     {"unit": "years", "category": "age"}),
    # a fact sheet's labels: a population, people by their nationality, a remark after the value
    ("Key facts\n\nPopulation: roughly 112 million\n\nFilipinos working overseas: an estimated 1.8 million at any one "
     "time\n", "roughly 112 million", {"unit": "population"}),
    ("Key facts\n\nPopulation: roughly 112 million\n\nFilipinos working overseas: an estimated 1.8 million at any one "
     "time\n", "an estimated 1.8 million", {"unit": "Filipinos", "category": "people"}),
    # two adjectives joined by "but" before the counted thing
    ("Participants worked through three fictional but realistic cases.", "three fictional but realistic cases",
     {"unit": "fictional but realistic cases", "category": "cases"}),
    # "them" two sentences on from the people it stands for, the sentence between speaking of them too
    ('"Most of the girls had been taken to a shrine to swear an oath. Some of them were told they owed EUR 25,000," '
     'she said. "Five of them were due to be moved to Agadez."', "Five", {"unit": "girls"}),
    # a count in apposition to the subject of the sentence before is that subject
    ("The suspects, four Polish citizens and a Ukrainian woman, were arrested during searches of six properties. "
     "On Saturday the court ordered three of them to be held for three months.", "three", {"unit": "suspects"}),
])
def test_quantities_of_round_112(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


def test_parts_of_a_programme_named_by_their_numbers_are_no_counts(run_text):
    text = ("Day 1: Plenary 2 on regional trends. Output 1.2 reached 118 agencies. Action 14: data-sharing agreement.\n\n"
            "On the first day 300 people came.")
    assert [q.text for q in run_text(text).quantities] == ["118 agencies", "300 people"]


def test_a_case_heading_and_a_participle_after_a_count(run_text):
    text = ("## Case 1 - Ardita: reconsideration of a negative decision\n\nOfficers intercepted at least 160 bound for "
            "Cambodia.")
    assert [(q.text, q.unit) for q in run_text(text).quantities] == [("at least 160", None)]


def test_a_row_label_opening_on_an_adjective_is_no_count_noun(run_text):
    text = "Calls by type\n\nCall type | 2020 | 2019\nDomestic servitude | 97 | 81\n\nEnd."
    assert all(q.unit != "Domestic" for q in run_text(text).quantities)


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a relative clause with an aside before its verb gives the count its noun
    ("Haitian laborers, who by some estimates number as many as 700,000, are brought across the border.",
     "as many as 700,000", {"unit": "Haitian laborers", "qualifier": "at_most"}),
    # "more" between a count and the group it is a part of
    ("The embassy traced eight more of the women who had been recruited in Kandy.", "eight more of the women",
     {"unit": "women"}),
    # "them" after "They" opening the sentence: the people counted before, not the ones they spoke to
    ("Three of the women escaped and reached a safe house. They told embassy officials that their passports had been "
     "taken and that two of them had not been paid for seven months.", "two", {"unit": "women"}),
    # the subject of the last clause of the sentence before, nearer than its first
    ("Officers searched the yard on March 14, and the workers were referred to victim support services. Six of them "
     "have since returned home.", "Six", {"unit": "workers"}),
])
def test_quantities_of_round_126(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


def test_two_spirit_is_no_count(run_text):
    facts = run_text("Most people exploited here are Indigenous girls and two-spirit youth, and two workers saw it.")
    assert [q.text for q in facts.quantities] == ["two workers"]


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a higher figure given as an alternative lends the first its unit
    ('"We worked 18, sometimes 20 hours when the catch was good," said Casmadi.', "18", {"unit": "hours"}),
    # an age after a speaker, past a quote that ends on "line" (no phone number)
    ('"If you were sick, you still pulled the line," said Casmadi, 34, from Tegal.', "34", {"category": "age"}),
    # "those" opening a sentence: the last thing the sentence before counted
    ("Officers carried out 1,148 inspections and opened 163 investigations. Forty-one of those were run as modern "
     "slavery investigations.", "Forty-one", {"unit": "investigations"}),
    # "at nine of them": places, not the people after
    ("Staff slept on site at 26 of the 214 car washes inspected, and at nine of them workers were paid less than £3 an "
     "hour.", "nine", {"unit": "car washes"}),
    # bare figures before "respectively" count, in order, what the clause's counts count
    ("Courts convicted 41 traffickers and 63 individuals for slave labor, compared with 37 and 55 respectively in 2023.",
     "37", {"unit": "traffickers"}),
    ("Courts convicted 41 traffickers and 63 individuals for slave labor, compared with 37 and 55 respectively in 2023.",
     "55", {"unit": "individuals"}),
    # "both" before an age set off after a plural of people
    ("The other two women, both 22, have since gone home.", "22", {"category": "age"}),
])
def test_quantities_of_round_127(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


def test_a_meeting_number_is_no_count_and_rows_of_places_count_the_tables_title(run_text):
    assert run_text("Meeting 98 · Tuesday, April 16, 2024 · Room 225-A").quantities == []
    text = "Convictions for trafficking, by region\n\nRegion | 2019 | 2020\nMadre de Dios | 22 | 9\nAll other regions | 35 | 14\n"
    assert {q.unit for q in run_text(text).quantities} == {"Convictions"}


def test_a_tables_unit_from_the_line_above_and_a_label_joined_by_or(run_text):
    text = ("Table 2. Share of respondents reporting each indicator (%)\n\nIndicator | All | Agency\n"
            "Passport kept by employer | 71.3 | 64.8\n")
    assert {(q.text, q.unit) for q in run_text(text).quantities} == {("71.3", "percent"), ("64.8", "percent")}
    text = ("Income for the year ended 31 December 2020, in Nepalese rupees (NPR).\n\nIncome | 2020 | 2019\n"
            "Individual donations | 1,126,500 | 1,480,000\n")
    assert {q.currency for q in run_text(text).quantities if q.value > 10_000} == {"NPR"}
    text = "Quarterly figures\n\nType | Q1 | Q2\nSuspected forced labour or trafficking referrals | 4 | 9\n"
    assert {q.unit for q in run_text(text).quantities} == {"Suspected forced labour or trafficking referrals"}


@pytest.mark.parametrize("text", [
    "Inspectors detained the Comoros-flagged longliner Hai Xing 27 at the port.",
    "Abandoned crew of the Hai Xing 27 return home",
])
def test_a_vessels_number_is_no_count(run_text, text):
    assert run_text(text).quantities == []


def test_counts_of_places_after_a_count_of_people_and_parts_before_a_total(run_text):
    facts = run_text("Police found 29 citizens of Afghanistan, 11 of Pakistan and three of Bangladesh in the van.")
    assert [(q.text, q.unit) for q in facts.quantities] == [
        ("29 citizens", "citizens"), ("11 of Pakistan", "citizens"), ("three of Bangladesh", "citizens")]
    facts = run_text("Mombasa (68), Nairobi (61), Busia (39) and Kilifi (33) together accounted for 201 referrals.")
    assert {q.unit for q in facts.quantities} == {"referrals"}


def test_a_labelled_value_with_a_remark_in_brackets_in_a_list(run_text):
    facts = run_text("At a glance\n\n- Active cases: 9 (up from 7 at the end of last year)\n- Closed cases: 2\n")
    assert [(q.text, q.unit) for q in facts.quantities] == [("9", "Active cases"), ("7", "Active cases"),
                                                            ("2", "Closed cases")]


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a present-tense verb after a count is no counted thing
    ("Of the rest, seven come from Laos and two from Cambodia.", "seven", {"unit": None}),
    # a singular time word right before a plural noun modifies it; before a noun given a length it is a duration
    ("The hostel employs three night wardens and a cook.", "three night wardens", {"unit": "night wardens"}),
    ("Both men served 18 month terms in Kamiti.", "18 month", {"category": "duration"}),
    # "and over", "and up", "and younger" close a figure
    ("Survivors aged 18 and over may rent a room.", "18 and over", {"qualifier": "at_least", "category": "age"}),
    ("Boys 12 and younger stay with their mothers.", "12 and younger", {"qualifier": "at_most", "category": "age"}),
    # (not the second figure of a range: "between 20 and over 30")
    ("The boats carried between 20 and over 30 people each.", "over 30 people", {"qualifier": "more_than"}),
    # a sample's size written glued or spaced
    ("Women in Qatar (n=318) paid more than those in Oman.", "318", {"unit": "respondents"}),
    ("Respondents in Oman (N = 96) paid less.", "96", {"unit": "respondents"}),
    # an age set as a minimum, whatever a count before it counted
    ("- train 300 teachers;\n- enforce the law, which sets 18 as the minimum age of marriage.", "18",
     {"category": "age"}),
    # "N of them" after a subject of two words: the people of the sentence before, not the subject
    ("The hotline logged 2,140 calls in May. Duty officers flagged 318 of them as possible trafficking.", "318",
     {"unit": "calls"}),
    # "the 17" counted before, then a verb that reads like an adjective
    ("Staff made 23 referrals last year. Nine of the 23 concerned children.", "Nine of the 23",
     {"unit": "referrals"}),
    ("Staff made 23 referrals last year. Nine of the 23 concerned children.", "23", {"unit": "referrals"}),
    # "live" before a noun phrase is an adjective
    ("Detectives have five live forced labour investigations.", "five live forced labour investigations",
     {"category": "investigations"}),
    # a starred name, changed, and the age after it
    ("Amina*, 16, from Kassala, was sold to a farmer.", "16", {"category": "age"}),
    # an age after "older than", whatever words follow; an age reached ("turned 18 while in care")
    ("NGOs said victims older than 18 often waited weeks for a bed.", "older than 18", {"category": "age", "unit": "years"}),
    ("Files older than 90 days were closed.", "older than 90 days", {"category": "duration"}),
    ("Children who turned 18 while in care could stay.", "18", {"category": "age"}),
    # a nickname in quotes and particles before an age
    ('Jacobus "Koos" van der Merwe, 52, was charged.', "52", {"category": "age"}),
    # what a count of people said, after a share of them
    ("The centre interviewed 412 workers. Some 58 per cent said they had no contract, and more than 200 said they "
     "had worked unpaid overtime.", "more than 200", {"unit": "workers"}),
    # "up from N" compares with the count the clause is about, not the places it names
    ("The group helped 318 survivors from 14 countries, up from 97 in 2022.", "97", {"unit": "survivors"}),
    # Bosnian marks written before the amount, apart
    ("Bosnia and Herzegovina set aside KM 200,000 for shelters.", "KM 200,000", {"currency": "BAM"}),
    # a nickname in single quotes before an age
    ("Dwayne 'Scrapper' Whyte, 46, was jailed.", "46", {"category": "age"}),
    # an age after a quoted alias (round 134)
    ("Police arrested Muhammad Naveed alias 'Naveed Italian', 43, in a raid.", "43", {"category": "age"}),
    # a table's row label with "(all ages)" is no age
    ("Table 3: Referrals\n\nYear | 2019 | 2020\nReferrals (all ages) | 187 | 164\n", "187", {"unit": "Referrals"}),
    # what people said counts people, not the provinces they were interviewed in
    ("Monitors interviewed 112 employees in all four of the main cotton provinces. Nearly two in three of them said they "
     "had been ordered to pick, and more than 40 said a manager had warned them.", "more than 40", {"unit": "employees"}),
])
def test_quantities_of_rounds_131_to_134(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize(("text", "span", "expected"), [
    # "Of the N," opening a sentence: its later bare numbers are parts of the N counted before, however far back
    ('Police intercepted 37 girls at the border. "We wanted work," one said. Of the 37, police said, 11 are under 18, '
     "and at least five carried altered passports.", "11", {"unit": "girls"}),
    ('Police intercepted 37 girls at the border. "We wanted work," one said. Of the 37, police said, 11 are under 18, '
     "and at least five carried altered passports.", "at least five", {"unit": "girls"}),
    # "N of them" after "X in N cases": the X, the cases only say where they were
    ("Prosecutors charged 71 suspects in 42 cases, 66 of them for sex trafficking and five for forced labor.", "66",
     {"unit": "suspects"}),
    # a number in a compound before a noun is not what a later figure is compared with
    ("Officers screened 5,120 people using a two-tier identification mechanism, compared with 3,360 in 2016.",
     "3,360", {"unit": "people"}),
    # the sentence's subject, a participle's phrase between it and the verb
    ("Complaints submitted through the Sistema Ipê online channel reached 3,422, a record.", "3,422",
     {"unit": "Complaints"}),
    # a breakdown by nationality opening the next sentence: the people counted before; the others "from" a place
    ("Officers took the five women to a safe house. Three are Venezuelan and two are from Guyana.", "Three",
     {"unit": "Venezuelan women"}),
    ("Officers took the five women to a safe house. Three are Venezuelan and two are from Guyana.", "two",
     {"unit": "women"}),
    # a verb with its object after a count's noun is no part of the noun
    ("The two accused leave the court under police escort.", "two accused", {"unit": "accused"}),
    # "were 14 and 16 years old": one span of ages, as annotators read it (but "two men, aged 23 and 31" are two ages)
    ("The girls were 14 and 16 years old when he recruited them.", "14 and 16 years old",
     {"low": 14, "high": 16, "category": "age"}),
    ("Two men, aged 23 and 31, were held.", "31", {"category": "age"}),
    # a name's acronym among the modifiers of what is counted
    ("Inspectors used some 30 Port-In Port-Out (PIPO) control centres.", "some 30 Port-In Port-Out (PIPO) control centres",
     {"unit_head": "centre"}),
    # a column headed by one adjective beside a column of counts counts the same things
    ("Deficiencies by area\n\nMLC area | Deficiencies | Detainable\nWages (Regulation 2.2) | 97 | 12\n", "12",
     {"unit": "Deficiencies"}),
    # round 137: an age bound closing a clause about people; one of a group, "then N", between commas
    ("The agency says more than 60 percent of those stopped were under 25.", "under 25", {"category": "age"}),
    ("Three of the girls sold goods for up to 14 hours a day, while the fourth, then 15, was abused.", "15",
     {"category": "age"}),
    # a person by nationality, then the age, in a case table's cell
    ("Cases\n\nRef. | Client | Claim\nHM-23-004 | Filipina, 34 | Unpaid wages\n", "34", {"category": "age"}),
    # a share's count set off after "one in four"; people by nationality before "including"; "estimated at N"
    ("Roughly one in four victims, some 13.4 million, is under the age of 18.", "some 13.4 million",
     {"unit": "victims"}),
    ("Police deported undocumented Afghans, including an estimated 440,000 in 2017.", "an estimated 440,000",
     {"unit": "Afghans"}),
    ("Street children in Tehran, estimated at more than 60,000, beg on the streets.", "more than 60,000",
     {"unit": "children"}),
    # "of whom N" and a verb: the people named before
    ("Afghan migrants, of whom approximately 1.5 million lack legal status, are at risk.", "approximately 1.5 million",
     {"unit": "migrants"}),
    # a letter sign read by the country whose regions the text names (no country named)
    ("Most of the girls came from Singida Region and six from Dodoma. Their parents were promised between Sh30,000 "
     "and Sh50,000 a month.", "between Sh30,000 and Sh50,000", {"currency": "TZS"}),
    # round 138: a currency's code, then its name
    ("The council fixed the farmgate price at 810 CFA francs per kilogram.", "810 CFA francs", {"unit": "CFA francs"}),
    # rows of kinds under a numbered title that names what is counted
    ("Table 4.1. Trafficking cases filed in court, by form of exploitation\n\nForm of exploitation | 2022 | 2023\n"
     "Sexual exploitation of adults | 164 | 151\n", "164", {"unit": "Trafficking cases"}),
    # a visa's class written without a hyphen among a count's modifiers
    ("The government issued 44 B1 work visas to victims.", "44 B1 work visas", {"unit_head": "visa"}),
])
def test_quantities_of_rounds_135_to_138(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


def test_labelled_figures_adding_up_to_a_count_made_before_count_the_same(run_text):
    text = ("The shelter took in 11 new residents in October.\n\nOur lawyer attended 14 hearings. The nurse gave 31 "
            "medical consultations and 46 counselling sessions.\n\n"
            "- Country of exploitation: Russia 4, Türkiye 3, Moldova (internal trafficking) 2, Germany 1, Italy 1.\n"
            "- Rooms: blue 2, green 5, red 1.\n")
    found = [(q.text, q.unit) for q in run_text(text).quantities]
    assert found[4:9] == [("4", "new residents"), ("3", "new residents"), ("2", "new residents"), ("1", "new residents"),
                          ("1", "new residents")]
    assert all(u != "new residents" for t, u in found[-3:])  # (2 + 5 + 1 is no count made before)


def test_a_table_headers_currency_with_a_scale_multiplies_its_figures(run_text):
    text = ("Enforcement in figures\n\nMeasure | 2022 | 2023\nNotices issued | 3,904 | 4,512\n"
            "Fines assessed (R$ million) | 9.6 | 12.3\n\nYear | Budget (USD millions) | Staff\n2021 | 4.5 | 12\n")
    found = {q.text: (q.value, q.currency) for q in run_text(text).quantities}
    assert found["9.6"] == (9_600_000, "BRL") and found["12.3"] == (12_300_000, "BRL")
    assert found["4.5"] == (4_500_000, "USD")
    assert found["12"] == (12, None)  # (the row above the second table is no title of it, nor its bracket a unit)


@pytest.mark.parametrize("text", [
    # "one" standing for a thing named before, a verb after it
    "Adopt a new plan before the current one expires.",
    "The old shelter closed and the new one opens in May.",
    # vessels named with their numbers: after "from" and "and", and alone in a table's cell
    "We suspended purchases from Feng Yu 818 and Yong Sheng 602 in March.",
    "Vessels\n\nVessel | Flag\nFeng Yu 818 | Taiwan\n",
    # a company's registration number, a number in a channel's name before its possessive
    "Greenfield Fresh Markets Pty Ltd (ABN 51 624 118 903) publishes this statement.",
    "WATCH: Vision 8's Darren Baptiste reports from the briefing.",
])
def test_registration_numbers_and_numbers_in_names_are_no_counts(run_text, text):
    assert run_text(text).quantities == []


@pytest.mark.parametrize("text", [
    "Anyone who suspects trafficking can call the 1195 women and children helpline.",
    "Workers who need help can dial 1199 at any hour.",
    "If you see something, call 999.",
])
def test_a_short_number_to_call_is_no_count(run_text, text):
    assert run_text(text).quantities == []


def test_the_prosecution_calling_witnesses_still_counts_them(run_text):
    assert [(q.text, q.unit) for q in run_text("The prosecution will call 14 witnesses.").quantities] == [
        ("14 witnesses", "witnesses")]


def test_a_tables_bands_of_ages_its_total_column_and_labels_naming_no_noun(run_text):
    text = ("Residents on 30 June\n\nAge group | Girls | Boys | Total\nUnder 15 | 6 | 2 | 8\n"
            "18 and over | 9 | 4 | 13\n")
    found = {q.text: q for q in run_text(text).quantities}
    assert (found["Under 15"].category, found["Under 15"].qualifier) == ("age", "less_than")
    assert (found["18 and over"].category, found["18 and over"].qualifier) == ("age", "at_least")
    assert found["8"].unit == "Residents" and found["13"].unit == "Residents"  # (the people the title names)
    text = "Operation summary\n\nMeasure | Number\nArrests | 12\nCharged | 7\nBailed | 5\n"
    assert [(q.text, q.unit) for q in run_text(text).quantities] == [("12", "Arrests"), ("7", "Charged"),
                                                                    ("5", "Bailed")]


def test_paid_people_named_by_two_words(run_text):
    assert [q.unit for q in run_text("The hotline has 14 paid call handlers.").quantities] == ["paid call handlers"]


def test_a_tables_currency_column_its_title_past_a_number_and_bold_marks(run_text):
    text = ("Table 1. Pledges, 2021\n\nDonor | Currency | Total pledge | USD equivalent\n"
            "Norad | NOK | 25,000,000 | 2,900,000\nSida | SEK | 40,000,000 | 4,640,000\n")
    assert [(q.text, q.currency) for q in run_text(text).quantities] == [
        ("25,000,000", "NOK"), ("2,900,000", "USD"), ("40,000,000", "SEK"), ("4,640,000", "USD")]
    text = ("**Table 1: Suspected victims identified by the police, by type of exploitation**\n\n"
            "Year | Sexual exploitation | Labour exploitation | Total\n2019 | 22 | 17 | 39\n")
    assert {q.unit for q in run_text(text).quantities} == {"Suspected victims"}


def test_one_of_n_counts_the_subjects_kind_and_ages_between_after_aged(run_text):
    assert [q.unit for q in run_text("The raid was one of 40 carried out this year.").quantities] == ["raids"]
    q, = run_text("Selling children aged between 15 and 18 carries ten years.").quantities[:1]
    assert (q.low, q.high, q.category) == (15, 18, "age")


def test_the_numbers_of_zones_are_no_counts(run_text):
    facts = run_text("Prosecutors searched six properties in zones 6 and 18 of Guatemala City.")
    assert [q.text for q in facts.quantities] == ["six properties"]


def test_a_kilometre_post_in_small_letters_is_no_count(run_text):
    assert run_text("The body was found at km 23 of the highway.").quantities == []


def test_a_tables_title_naming_its_rows_lends_no_unit_to_its_figures(run_text):
    text = ("Vessels audited\n\nVessel | Type | Gross tonnage | Crew on board\nCoral Star 3 | Trawler | 62 | 19\n")
    assert [(q.text, q.unit) for q in run_text(text).quantities] == [("62", "Gross tonnage"), ("19", "Crew on board")]


@pytest.mark.parametrize(("text", "span", "expected"), [
    # round 139: rows that are kinds of one counted thing across columns of channels: the kind's noun
    ("Contacts by channel\n\nType of contact | Phone | Email | Total\nReport of illegal recruitment | 402 | 66 | 468\n",
     "66", {"unit": "contact"}),
    # "the figure" standing for "the number of X" of the sentence before
    ("Estimates of the number of talibés forced to beg vary widely. UNICEF puts the figure at more than 100,000.",
     "more than 100,000", {"unit": "talibés"}),
    # "N were <people> <participle> to/in ...": the people, whatever the participle's phrase
    ("Of the 52 victims, seven were children, and six were foreign men subjected to forced labor.",
     "six were foreign men", {"unit": "foreign men"}),
    ("Eight were in forced labor, and one was a Maldivian child exploited in sex trafficking.",
     "one was a Maldivian child", {"unit_head": "child"}),
    # ", of which N": the things counted before it, past the time they were counted in
    ("The hotline received 63 calls in the past 12 months, of which 11 were referred to police.", "11",
     {"unit": "calls"}),
    # "N-plus" before its noun: a lower bound
    ("The city's 50-plus pieces of existing legislation already cover it.", "50-plus pieces",
     {"qualifier": "at_least", "unit": "pieces"}),
    # a part of a term: "one of them" after a sentence's length
    ("The man was sentenced to four years, one of them suspended.", "one", {"unit": "years"}),
    # a count of its own noun after "over", not an age of the people before
    ("The committee took evidence from five witnesses over two sessions.", "over two sessions", {"unit": "sessions"}),
    # round 140: a table's share of whom its title's bracket names; of two columns of labels, the nearer the figures
    ("**Table 2. Indicators reported, by sex (% of respondents)**\n\nIndicator | Men (n = 1,037) | All\n"
     "Passport held by employer | 58.4 | 60.3\n", "58.4", {"unit": "percent"}),
    ("Result | Indicator | Target | Achieved\nOutput 1.1 | Community awareness sessions held | 240 | 263\n", "263",
     {"unit": "Community awareness sessions"}),
    # a column headed by a word for people alone ("Accused"), not the plural beside it
    ("Case | Charges | Accused\nRepublic v. Hassan Omari | Trafficking; conspiracy | 3\n", "3", {"unit": "Accused"}),
    # a margin's sign glued to its figure; "a capacity of N"; "N victim of trafficking work visas"
    ("The margin of error is ±2.8 percentage points.", "2.8 percentage points", {"unit": "percentage points"}),
    ("The shelter, which has a capacity of 500, housed 2,300 women.", "500", {"unit": "capacity"}),
    ("The agency granted 22 victim of trafficking work visas.", "22 victim of trafficking work visas",
     {"unit_head": "visa"}),
    # "N of them" after a sentence of rates only: the people counted shortly before (a term's part stays the term's)
    ("Police found 14 girls. Some worked 18 hours a day, seven days a week, and at least three of them were never "
     "paid.", "at least three", {"unit": "girls"}),
    ("Police found 14 workers. The owner was sentenced to 30 months in prison, ten of them suspended.", "ten",
     {"unit": "months"}),
])
def test_quantities_of_rounds_139_to_142(run_text, text, span, expected):
    q = one(run_text, text, span)
    for field, value in expected.items():
        assert getattr(q, field) == value, (field, getattr(q, field))


@pytest.mark.parametrize("text", [
    # a number to call after its area code in brackets, or after "toll-free"
    "Callers from abroad dial (+632) 1343.",
    "Call the national child helpline run by Childline Kenya (toll-free on 116).",
    # numbered list items, each a line, in lower case: their numbers are marks
    "The group asks the government to:\n\n1. ratify the Protocol;\n2. extend labour inspections to domestic work and "
    "communal farming areas, where inspections have never been carried out;\n3. fund shelters for survivors; and\n"
    "4. repeat the survey.",
    # round 140: a vessel named by one word after the word for it
    "The men worked aboard the charter vessel Haengbok 303 in 2014.",
])
def test_numbers_to_call_list_marks_and_names_of_rounds_139_to_142_are_no_counts(run_text, text):
    assert run_text(text).quantities == []
