"""Dates: the pure normaliser (text -> ISO fields) and the `ctip_dates` component (text -> spans)."""

from __future__ import annotations

import json

import pytest
import spacy

from ctip_extract.components.dates import load_rules
from ctip_extract.errors import RuleFileError
from ctip_extract.rules.dates import (
    DateContext,
    DateNormaliser,
    DateWords,
    order_range,
    parse_published,
    shift_years,
)


@pytest.fixture(scope="module")
def normaliser():
    return DateNormaliser()


def ctx(published=None, *, tip=False, future=False, report_year=None):
    meta = {"published": published, "kind": "tip_report" if tip else "news", "report_year": report_year}
    base = DateContext.from_meta(meta)
    return DateContext(base.published, base.report_year, future, base.deictic)


# text, published, value, granularity, period_start, period_end, relative
ABSOLUTE = [
    ("2017", None, "2017", "year", "2017-01-01", "2017-12-31", False),
    ("September 2015", None, "2015-09", "month", "2015-09-01", "2015-09-30", False),
    ("Sept. 2015", "2020-01-01", "2015-09", "month", "2015-09-01", "2015-09-30", False),
    ("February 2016", None, "2016-02", "month", "2016-02-01", "2016-02-29", False),
    ("26 August 2019", None, "2019-08-26", "day", "2019-08-26", "2019-08-26", False),
    ("August 26, 2019", None, "2019-08-26", "day", "2019-08-26", "2019-08-26", False),
    ("Aug. 26, 2019", None, "2019-08-26", "day", "2019-08-26", "2019-08-26", False),
    ("3rd March 2014", None, "2014-03-03", "day", "2014-03-03", "2014-03-03", False),
    ("2018-06-20", None, "2018-06-20", "day", "2018-06-20", "2018-06-20", False),
    ("early 2015", None, "2015", "period", "2015-01-01", "2015-04-30", False),
    ("mid-2017", None, "2017", "period", "2017-05-01", "2017-08-31", False),
    ("late 2016", None, "2016", "period", "2016-09-01", "2016-12-31", False),
    ("the end of 2016", None, "2016", "period", "2016-09-01", "2016-12-31", False),
    ("start of 2021", None, "2021", "period", "2021-01-01", "2021-04-30", False),
    ("late September 2015", None, "2015-09", "period", "2015-09-21", "2015-09-30", False),
    ("the first half of 2023", None, "2023-01/2023-06", "half", "2023-01-01", "2023-06-30", False),
    ("the second quarter of 2019", None, "2019-04/2019-06", "quarter", "2019-04-01", "2019-06-30", False),
    ("Q4 2020", None, "2020-10/2020-12", "quarter", "2020-10-01", "2020-12-31", False),
    ("summer 2017", None, "2017-06/2017-08", "season", "2017-06-01", "2017-08-31", False),
    ("the winter of 2019", None, "2019-12/2020-02", "season", "2019-12-01", "2020-02-29", False),
    ("fiscal year 2017", None, "2017", "period", "2016-10-01", "2017-09-30", False),
    ("FY 2017", None, "2017", "period", "2016-10-01", "2017-09-30", False),
    ("FY19", None, "2019", "period", "2018-10-01", "2019-09-30", False),
    ("the 1990s", None, "1990", "decade", "1990-01-01", "1999-12-31", False),
]

RELATIVE = [
    # a year-less month: the most recent not after publication
    ("June", "2018-10-01", "2018-06", "month", "2018-06-01", "2018-06-30", True),
    ("November", "2018-10-01", "2017-11", "month", "2017-11-01", "2017-11-30", True),
    ("October", "2018-10-01", "2018-10", "month", "2018-10-01", "2018-10-31", True),
    ("next March", "2018-10-01", "2019-03", "month", "2019-03-01", "2019-03-31", True),
    ("last October", "2018-10-01", "2017-10", "month", "2017-10-01", "2017-10-31", True),
    ("September this year", "2018-10-01", "2018-09", "month", "2018-09-01", "2018-09-30", True),
    ("December of last year", "2018-10-01", "2017-12", "month", "2017-12-01", "2017-12-31", True),
    ("Aug. 26", "2019-09-02", "2019-08-26", "day", "2019-08-26", "2019-08-26", True),
    ("Dec. 30", "2019-01-04", "2018-12-30", "day", "2018-12-30", "2018-12-30", True),
    ("early May", "2018-06-01", "2018-05", "period", "2018-05-01", "2018-05-10", True),
    ("this year", "2018-10-01", "2018", "year", "2018-01-01", "2018-12-31", True),
    ("last year", "2018", "2017", "year", "2017-01-01", "2017-12-31", True),
    ("next year", "2018-03", "2019", "year", "2019-01-01", "2019-12-31", True),
    ("earlier this month", "2018-10-01", "2018-10", "month", "2018-10-01", "2018-10-31", True),
    ("last month", "2018-01-15", "2017-12", "month", "2017-12-01", "2017-12-31", True),
    ("next month", "2018-12", "2019-01", "month", "2019-01-01", "2019-01-31", True),
    ("last week", "2018-10-01", "2018-09-24/2018-09-30", "week", "2018-09-24", "2018-09-30", True),
    # a weekend: its Saturday and Sunday (2019-11-12 is a Tuesday)
    ("last weekend", "2019-11-12", "2019-11-09/2019-11-10", "period", "2019-11-09", "2019-11-10", True),
    ("this weekend", "2019-11-12", "2019-11-16/2019-11-17", "period", "2019-11-16", "2019-11-17", True),
    ("yesterday", "2018-03-01", "2018-02-28", "day", "2018-02-28", "2018-02-28", True),
    ("Friday", "2018-10-03", "2018-09-28", "day", "2018-09-28", "2018-09-28", True),  # a Wednesday
    ("next Friday", "2018-10-03", "2018-10-05", "day", "2018-10-05", "2018-10-05", True),
    ("the previous year", "2018-06-28", "2017", "year", "2017-01-01", "2017-12-31", True),
    ("two years ago", "2018-06-28", "2016", "year", "2016-01-01", "2016-12-31", True),
    ("this summer", "2018-10-01", "2018-06/2018-08", "season", "2018-06-01", "2018-08-31", True),
    # a quarter or half of the publication's year, or of the year before or after it
    ("first half of the year", "2023-08-10", "2023-01/2023-06", "half", "2023-01-01", "2023-06-30", True),
    ("last quarter of last year", "2023-08-10", "2022-10/2022-12", "quarter", "2022-10-01", "2022-12-31", True),
    # the start or end of the publication's year, or of the year before or after it
    ("end of the year", "2023-08-10", "2023", "period", "2023-09-01", "2023-12-31", True),
    ("beginning of last year", "2023-08-10", "2022", "period", "2022-01-01", "2022-04-30", True),
    ("start of next year", "2023-08-10", "2024", "period", "2024-01-01", "2024-04-30", True),
    # "this past": the last such season over before publication
    ("this past summer", "2018-10-01", "2018-06/2018-08", "season", "2018-06-01", "2018-08-31", True),
    ("this past summer", "2018-07-15", "2017-06/2017-08", "season", "2017-06-01", "2017-08-31", True),
    ("this past winter", "2019-04-02", "2018-12/2019-02", "season", "2018-12-01", "2019-02-28", True),
]


@pytest.mark.parametrize("text, published, value, granularity, start, end, relative", ABSOLUTE + RELATIVE)
def test_normalise(normaliser, text, published, value, granularity, start, end, relative):
    (fields,) = normaliser.normalise(text, ctx(published))
    assert (fields["value"], fields["granularity"], fields["period_start"], fields["period_end"],
            fields["relative"]) == (value, granularity, start, end, relative)
    assert fields["anchor"] == (parse_published(published).text if relative else None)


@pytest.mark.parametrize(("text", "values"), [
    ("2021\u20132026", ["2021", "2026"]),
    ("2015-18", ["2015", "2018"]),
    ("FY2022/23", ["2022", "2023"]),
])
def test_a_range_in_one_token_gives_a_year_for_each_end(normaliser, text, values):
    found = normaliser.normalise(text, ctx(None))
    assert [(f["value"], f["granularity"]) for f in found] == [(v, "year") for v in values]


@pytest.mark.parametrize("text, published, value", [
    ("June", "2018-04-10", "2018-06"),  # "next" before a month: the first one after publication
    ("Aug. 26", "2019-09-02", "2020-08-26"),
])
def test_future_cue(normaliser, text, published, value):
    (fields,) = normaliser.normalise(text, ctx(published, future=True))
    assert fields["value"] == value


# TIP Report text: the reporting period runs April of the year before the report to March of the report year
@pytest.mark.parametrize("text, published, report_year, value, start, end", [
    ("the reporting period", "2018-06-28", None, "2017-04/2018-03", "2017-04-01", "2018-03-31"),
    ("the previous reporting period", "2018-06-28", None, "2016-04/2017-03", "2016-04-01", "2017-03-31"),
    ("the reporting period", None, 2020, "2019-04/2020-03", "2019-04-01", "2020-03-31"),
    ("the year", "2018-06-28", None, "2017-04/2018-03", "2017-04-01", "2018-03-31"),  # "during the year"
    ("the previous year", "2018-06-28", None, "2016-04/2017-03", "2016-04-01", "2017-03-31"),
    ("June", "2018-06-28", None, "2017-06", "2017-06-01", "2017-06-30"),  # "In June" of the 2018 report
    ("March", "2018-06-28", None, "2018-03", "2018-03-01", "2018-03-31"),
    ("Dec. 9", None, 2018, "2017-12-09", "2017-12-09", "2017-12-09"),
])
def test_tip_reporting_period(normaliser, text, published, report_year, value, start, end):
    (fields,) = normaliser.normalise(text, ctx(published, tip=True, report_year=report_year))
    assert (fields["value"], fields["period_start"], fields["period_end"]) == (value, start, end)
    assert fields["relative"] is True
    assert fields["anchor"] == f"report year {report_year or 2018}"


# Without an anchor precise enough, a relative expression gives nothing rather than a guess.
@pytest.mark.parametrize("text, published", [
    ("June", None),
    ("this year", None),
    ("Aug. 26", None),
    ("last week", "2018-10"),
    ("this past summer", "2018"),
    ("on Friday", "2018"),
    ("Friday", "2018-10"),
    ("last month", "2018"),
    ("the reporting period", "2018-06-28"),  # news text: no TIP report year
    ("the year", "2018-06-28"),
    ("the past year", "2018-06-28"),
])
def test_unresolvable_gives_nothing(normaliser, text, published):
    assert normaliser.normalise(text, ctx(published)) == []


@pytest.mark.parametrize("text", ["1492", "2150", "Tier 2", "five years", "May I", "2018-13-40", "30 February 2019", "2016-61",
                                  "2017-2015", "March 32", "June 45, 2017"])
def test_not_dates(normaliser, text):
    assert normaliser.normalise(text, ctx("2018-06-28")) == []


def test_today_in_report_text_is_not_a_date(normaliser):
    assert normaliser.normalise("today", ctx("2018-06-28", tip=True)) == []
    assert normaliser.normalise("today", ctx("2018-06-28"))[0]["value"] == "2018-06-28"


@pytest.mark.parametrize("value, expected", [
    ("2018", ("2018", 2018, None, None)),
    ("2018-10", ("2018-10", 2018, 10, None)),
    ("2018-10-01", ("2018-10-01", 2018, 10, 1)),
    ("2018-10-01T12:00:00", ("2018-10-01", 2018, 10, 1)),
    ("2018-13", None),
    ("October", None),
    (None, None),
])
def test_parse_published(value, expected):
    got = parse_published(value)
    assert (got and (got.text, got.year, got.month, got.day)) == expected


def test_shift_and_order_range(normaliser):
    start = normaliser.normalise("December 2", ctx("2018-06-28"))[0]
    end = normaliser.normalise("January 5", ctx("2018-06-28"))[0]
    assert order_range(start, end)["value"] == "2017-12-02"
    late = normaliser.normalise("August 20", ctx("2018-06-28"))[0]  # resolved to 2017
    early = normaliser.normalise("January 1", ctx("2018-06-28"))[0]  # resolved to 2018
    assert order_range(early, late)["value"] == "2017-01-01"
    assert shift_years({"value": "2016-02-29", "granularity": "day", "period_start": "2016-02-29",
                        "period_end": "2016-02-29"}, 1)["period_end"] == "2017-02-28"


# ---------------------------------------------------------------- the component on sentences

# text, published, expected [(span text, value)]
FOUND = [
    # a bare day before a range word and a day-first date starts the range, in its month
    ("The operation ran from 5 to 9 June.", "2023-08-10", [("5", "2023-06-05"), ("9 June", "2023-06-09")]),
    ("Between 12 and 14 July 2021 police raided farms.", None,
     [("12", "2021-07-12"), ("14 July 2021", "2021-07-14")]),
    # a month-first range written with a dash: the year after it dates both ends
    ("The raids ran June 5-9, 2022.", "2023-08-10", [("June 5", "2022-06-05"), ("9", "2022-06-09")]),
    ("On June 5 - 9 people were hurt.", "2023-08-10", [("June 5", "2023-06-05")]),
    ("The program began in September 2015 and ran to September this year.", "2018-10-01",
     [("September 2015", "2015-09"), ("September this year", "2018-09")]),
    # rules that "take effect" on a year-less day take it ahead
    ("The amendments, which take effect on Sept. 1, apply to 3.7 million domestic workers.", "2021-07-05",
     [("Sept. 1", "2021-09-01")]),
    # an em dash after a year opens an aside, no range of years: "in 2016—31 of sex trafficking"
    ("Authorities identified 52 victims in 2016—31 of sex trafficking and 21 of labor trafficking.", "2017-06-27",
     [("2016", "2016")]),
    # a weekday with its day in brackets (Brazilian, Sri Lankan papers); a day and year after a slash
    ("The Ministry of Labor announced this Tuesday (14) that 32 workers were rescued.", "2023-03-14",
     [("this Tuesday (14)", "2023-03-14")]),
    ("They were arrested in Colombo on Wednesday (12) following complaints.", "2019-06-14",
     [("Wednesday (12)", "2019-06-12")]),
    ("Addis Ababa, June 7/2022 (ENA) - More than 4,000 citizens returned.", "2022-06-07",
     [("June 7/2022", "2022-06-07")]),
    # a weekday "ahead of" an event is the coming one
    ("The analysis was published today by Save the Children ahead of the World Day against Trafficking on Sunday.",
     "2023-07-28", [("today", "2023-07-28"), ("Sunday", "2023-07-30")]),
    # a day with "last year" is that day of the year before, even two days ahead of the publication's day
    ("More than 8 million have fled since 24 February last year.", "2023-02-22",
     [("24 February last year", "2022-02-24")]),
    ("The second batch flew home on March 3rd this year.", "2023-11-22", [("March 3rd this year", "2023-03-03")]),
    ("The annual report, released in June, praised the shelter.", "2018-10-01", [("June", "2018-06")]),
    # a relative clause is a clause of its own: the "would" of the quote before it dates nothing in it
    ('"The permit would come soon," said a worker who returned home in May.', "2024-08-14", [("May", "2024-05")]),
    # a deadline a few months ahead ("by the end of December" in November) unless "had" says it has passed
    ("The department aims to issue cards to all workers by the end of December.", "2021-11-14",
     [("December", "2021-12")]),
    ("By the end of June, police had arrested 40 people.", "2023-03-08", [("June", "2022-06")]),
    # (a "had" in the next sentence says nothing of this one's deadline)
    ("They were remanded till June 26. The suspects had recruited women since February.", "2019-06-14",
     [("June 26", "2019-06-26"), ("February", "2019-02")]),
    ("Police said last week that the ring had operated since 2013.", "2018-10-01",
     [("last week", "2018-09-24/2018-09-30"), ("2013", "2013")]),
    ("Judges convicted 12 traffickers in 2017 (40 in 2016) and 9 in 2015.", None,
     [("2017", "2017"), ("2016", "2016"), ("2015", "2015")]),
    ("The statute, amended in 2009 and 2014, sets penalties.", None, [("2009", "2009"), ("2014", "2014")]),
    ("He was released after his 2012 labor trafficking conviction.", None, [("2012", "2012")]),
    ("Officials identified child victims from 2004-2016, mostly in the north.", None,
     [("2004", "2004"), ("2016", "2016")]),
    ("A pilot ran from September 2014 to March 2016.", None, [("September 2014", "2014-09"), ("March 2016", "2016-03")]),
    ("The task force met on Friday, August 26, 2019 in the capital.", None, [("August 26, 2019", "2019-08-26")]),
    ("Raids took place on 4 March 2017 and 9 May 2017.", None, [("4 March 2017", "2017-03-04"),
                                                                 ("9 May 2017", "2017-05-09")]),
    ("Arrests rose in early 2017 and again in mid-2018.", None, [("early 2017", "2017"), ("mid-2018", "2018")]),
    ("Flooding in mid-September displaced families.", "2019-10-01", [("mid-September", "2019-09")]),
    # a comma after the month with no year after it is not part of the date
    ("By mid-March, 30 workers had been freed.", "2019-10-01", [("mid-March", "2019-03")]),
    ("By mid-March, 2018, 30 workers had been freed.", "2019-10-01", [("mid-March, 2018", "2018-03")]),
    ("The decree was signed on the 3rd of May 2016.", None, [("3rd of May 2016", "2016-05-03")]),
    ("The unit was formed in June of 2014.", None, [("June of 2014", "2014-06")]),
    ("Budgets for FY2022/23 and fiscal year 2021-22 rose.", None,
     [("FY2022/23", "2022"), ("FY2022/23", "2023"), ("fiscal year 2021-22", "2021"), ("fiscal year 2021-22", "2022")]),
    ("Funding for fiscal year 2016 was cut in the second quarter of 2016.", None,
     [("fiscal year 2016", "2016"), ("second quarter of 2016", "2016-04/2016-06")]),
    # a span of years: one date for each end, the dash written as an en dash or a hyphen
    ("The national action plan for 2021\u20132026 was adopted.", None, [("2021", "2021"), ("2026", "2026")]),
    ("The national action plan for 2021-2026 was adopted.", None, [("2021", "2021"), ("2026", "2026")]),
    ("Debt bondage was common in the 1990s.", None, [("1990s", "1990")]),
    ("Inspectors visited factories from January 1 to August 20.", "2018-10-01",
     [("January 1", "2018-01-01"), ("August 20", "2018-08-20")]),
    ("The minister will visit the border next month.", "2018-03-15", [("next month", "2018-04")]),
    ("The hearing is set for next June.", "2018-03-15", [("next June", "2018-06")]),
    ("The minister will visit the shelter in May.", "2019-03-05", [("May", "2019-05")]),
    ("The shelter, which opened in May, will expand.", "2019-03-05", [("May", "2018-05")]),
    ("The trial is scheduled to open next Tuesday and close on Sept. 3.", "2019-03-05",
     [("next Tuesday", "2019-03-12"), ("Sept. 3", "2019-09-03")]),
    ("Three men were detained on Friday.", "2018-10-03", [("Friday", "2018-09-28")]),
    # a story of mid-June on what comes "before the end of June": this June
    ("Flights will continue, with 14 more scheduled before the end of June.", "2022-06-14", [("June", "2022-06")]),
    # two weekdays joined, each its own date; a date written with dots, day first
    ("The sting ran Tuesday and Wednesday in two counties.", "2025-02-20",
     [("Tuesday", "2025-02-18"), ("Wednesday", "2025-02-19")]),
    ("Chisinau, 03.02.2020 - Police detained four recruiters.", None, [("03.02.2020", "2020-02-03")]),
    # a weekday right after a speech verb, as wire copy writes it
    ("Thirty fishermen were freed, officials said Saturday.", "2018-10-03", [("Saturday", "2018-09-29")]),
    # a month or a day "that year" takes the year of the last date that wrote its year
    ("The two women were freed in January 2020. They came home in September that year.", "2022-11-17",
     [("January 2020", "2020-01"), ("September that year", "2020-09")]),
    ("The case opened in 2016; on 3 May of the same year the court froze his assets.", "2019-02-01",
     [("2016", "2016"), ("3 May of the same year", "2016-05-03")]),
    # a hearing set for a day, the hearing named between "set" and "for"
    ("Judge Ana Ruiz set sentencing for Jan. 23 and ordered both men held.", "2024-09-20", [("Jan. 23", "2025-01-23")]),
    # dates under a heading of dates to come are ahead
    ("Survey results came in.\n\nDates for your diary\n\n30 November: deadline for submissions\n\n"
     "10 December: annual meeting, Bangkok", "2021-10-12", [("30 November", "2021-11-30"), ("10 December", "2021-12-10")]),
    # a present-tense verb of a schedule dates a day ahead
    ("Applications close on 30 July. Details are on our website.", "2021-07-08", [("30 July", "2021-07-30")]),
    # months in capitals heading a year-end round-up's paragraphs
    ("Here is how the year unfolded.\n\nJANUARY \u2014 Agents brought home 43 workers.\n\nMAY: Police raided a bar.",
     "2023-12-30", [("JANUARY", "2023-01"), ("MAY", "2023-05")]),
    # a year something is planned or budgeted for; a schedule's verb or "planned for" dates a day ahead (round 88)
    ("For 2026 the shelter needs a second apartment.", "2025-11-20", [("2026", "2026")]),
    ("The trial at the district court resumes on November 27.", "2018-11-14", [("November 27", "2018-11-27")]),
    ("A follow-up workshop is planned for October in Almaty.", "2024-05-24", [("October", "2024-10")]),
    # an arrangement in the present; the years of a table's year column (round 88)
    ("Thank you all. Our open day is on 20 January.", "2017-12-12", [("20 January", "2018-01-20")]),
    ("Convictions by year\n\nYear | Prosecutions | Convictions\n2019 | 31 | 19\n2020 | 27 | 22\n\nSource: court data",
     "2024-07-18", [("2019", "2019"), ("2020", "2020")]),
    # a past verb right before the day ends what a "will" earlier in the sentence looked ahead to (round 89)
    ("The rules will take effect on July 1, the Saudi Press Agency reported on Monday.", "2021-03-16",
     [("July 1", "2021-07-01"), ("Monday", "2021-03-15")]),
    ("Regional briefings will be published on 28 October.", "2021-10-14", [("28 October", "2021-10-28")]),
    # years after "since at least", "as recently as", and compared with after "on" or "over"
    ("The network had been active since at least 2019.", "2023-05-01", [("2019", "2019")]),
    ("Kuwait was on Tier 3 as recently as 2013.", "2016-07-01", [("2013", "2013")]),
    ("It answered 4,870 calls, a 48 percent increase over 2021.", "2022-06-01", [("2021", "2021")]),
    # months joined by a dash; a deadline month early next year
    ("Quarterly Update: July\u2013September 2019\n\nCalls rose from 352 in April\u2013June.", "2019-10-15",
     [("July", "2019-07"), ("September 2019", "2019-09"), ("April", "2019-04"), ("June", "2019-06")]),
    ("Our target is 4.5 million naira by the end of January.", "2017-11-28", [("January", "2018-01")]),
    # dates under a "What's coming up" heading are ahead
    ("Union news.\n\nWhat's coming up\n\nMembership meeting: Saturday, May 18, 10am at the hall.", "2019-05-03",
     [("May 18", "2019-05-18")]),
    # the writer's own arrangement in the present progressive looks ahead
    ("We are holding an information webinar on Thursday at 9:00.", "2025-05-06", [("Thursday", "2025-05-08")]),
    # a cue word as a noun after "the" looks nowhere: "at the close of a meeting"
    ("Police chiefs have agreed to build a shared database, at the close of a meeting in Kigali on Wednesday.",
     "2018-09-20", [("Wednesday", "2018-09-19")]),
    ("Wages will be paid through banks as part of a phased rollout that begins on July 1.", "2024-06-19",
     [("July 1", "2024-07-01")]),
    ("The new system is expected to take effect around 2027.", "2023-12-08", [("2027", "2027")]),
    # a bare weekday after a place the sentence names (US style)
    ("Hundreds of farm workers marched through Valletta Sunday, calling for new rules.", "2018-10-03",
     [("Sunday", "2018-09-30")]),
    ("He was arrested in New York Tuesday and charged with forced labor.", "2018-10-03", [("Tuesday", "2018-10-02")]),
    ("The 2015 anti-trafficking law replaced the 2003 law.", None, [("2015", "2015"), ("2003", "2003")]),
    ("Deaths doubled compared with 2014.", None, [("2014", "2014")]),
    ("2016 was the worst year on record.", None, [("2016", "2016")]),
    ("Workers were held from April through June 2017.", "2018-10-01", [("April", "2017-04"), ("June 2017", "2017-06")]),
    # months written short and closed up to a dash, as a table's header writes quarters
    ("Admissions | Oct–Dec 2023 | Jul–Sep 2023", "2024-02-28",
     [("Oct", "2023-10"), ("Dec 2023", "2023-12"), ("Jul", "2023-07"), ("Sep 2023", "2023-09")]),
    ("Raids in February, March, and May 2016 freed 40 people.", "2018-10-01",
     [("February", "2016-02"), ("March", "2016-03"), ("May 2016", "2016-05")]),
    ("Inspections ran from November to January 2018.", None, [("November", "2017-11"), ("January 2018", "2018-01")]),
    ("The strategy covers 2019 to 2023 nationwide.", None, [("2019", "2019"), ("2023", "2023")]),
    ("In March 12 people were arrested.", "2018-10-01", [("March", "2018-03")]),
    ("The ring was dismantled two years ago.", "2018-10-01", [("two years ago", "2016")]),
    ("The law of 2005 was amended in the summer of 2017.", None, [("2005", "2005"), ("summer of 2017", "2017-06/2017-08")]),
    ("The shelter should open by the end of the year; 40 cases were pending at the end of 2022.", "2023-08-10",
     [("end of the year", "2023"), ("end of 2022", "2022")]),
    ("At the beginning of last year the unit had four officers.", "2023-08-10", [("beginning of last year", "2022")]),
    ("A state attorney continued a 2014-initiated prosecution.", None, [("2014", "2014")]),
    # a year-less month in a sentence about what is expected or due: the next such month
    ("Proceedings are due to begin in March.", "2024-11-16", [("March", "2025-03")]),
    # "the previous year" after a year named in its sentence: the year before that one
    ("Victims detected fell by 11 per cent in 2020 compared with the previous year.", "2023-01-24",
     [("2020", "2020"), ("the previous year", "2019")]),
    ("The previous year was the worst on record.", "2023-01-24", [("The previous year", "2022")]),
    # "the year before", "the month before", "the following month": from a date named in the sentence
    ("Incidents rose to 552 in 2021, up from 515 the year before.", "2023-11-02",
     [("2021", "2021"), ("the year before", "2020")]),
    ("The shelter closed in March 2021 after it had flooded the month before.", "2023-05-16",
     [("March 2021", "2021-03"), ("the month before", "2021-02")]),
    ("The women came home in July last year, and police arrested three men the following month.", "2023-05-16",
     [("July last year", "2022-07"), ("the following month", "2022-08")]),
    ("Police arrested three men the following month.", "2023-05-16", []),
    ("Authorities identified 721 victims, down from 3,411 the year before.", "2018-06-28", [("the year before", "2017")]),
    ("The police got 382 reports in the 2023-24 financial year, up 30 per cent on the year before.", "2025-02-19",
     [("2023-24", "2023"), ("2023-24", "2024"), ("the year before", "2022"), ("the year before", "2023")]),
    # a weekday right after a verb in the past; "fiscal 2023"; a month after "for" in a range
    ("The report released Wednesday counted 1,942 calls, up from 1,579 in fiscal 2023.", "2024-10-16",
     [("Wednesday", "2024-10-16"), ("fiscal 2023", "2023")]),
    ("The government did not report figures for January to March 2016.", "2018-06-28",
     [("January", "2016-01"), ("March 2016", "2016-03")]),
    # "until" or "by" before a year-less day soon after publication: that day, not last year's
    ("Two suspects were remanded until June 18. Another was held until June 2.", "2024-06-04",
     [("June 18", "2024-06-18"), ("June 2", "2024-06-02")]),
    ("The report had to be filed by March 30.", "2024-06-04", [("March 30", "2024-03-30")]),
    # "the year before" a financial year is the financial year before, both its years; only the nearest date counts
    # (not a law's year further back) (round 76)
    ("Police received 294 reports in the 2022-23 financial year, up from 224 the year before.", "2024-08-13",
     [("2022-23", "2022"), ("2022-23", "2023"), ("the year before", "2021"), ("the year before", "2022")]),
    # a range of days that holds the publication date, said in the present, is the current one (round 73); told in
    # the past, the one before
    ("The midday ban applies between June 1 and September 15.", "2023-08-14",
     [("June 1", "2023-06-01"), ("September 15", "2023-09-15")]),
    ("Between October 3 and January 12, police raided 40 sites.", "2023-11-14",
     [("October 3", "2022-10-03"), ("January 12", "2023-01-12")]),
    # a future after the deadline in its sentence (round 73)
    ("Companies that fail to meet the new requirements by Dec. 31 will not be renewed.", "2019-09-16",
     [("Dec. 31", "2019-12-31")]),
    # an obligation before the deadline word looks ahead, however far
    ("Agencies on probation have until December 31 to comply or lose their licences.", "2019-07-18",
     [("December 31", "2019-12-31")]),
    ("Employers must register every worker by March 1.", "2025-06-10", [("March 1", "2026-03-01")]),
    # a present-tense schedule verb: the year-less date is the next one
    ("The activity formally ends on June 30.", "2024-06-13", [("June 30", "2024-06-30")]),
    ("The activity formally ended on June 30.", "2024-06-13", [("June 30", "2023-06-30")]),
    ("The embassy expects two more flights before the amnesty closes in June.", "2024-05-23", [("June", "2024-06")]),
    # "would" and "runs out" point forward; part of the publication's month
    ("The ministry said it would open two more shelters by December.", "2021-07-02", [("December", "2021-12")]),
    ("Its current mandate runs out in January.", "2019-08-23", [("January", "2020-01")]),
    ("The boy has been there since the start of the month.", "2019-08-23", [("start of the month", "2019-08")]),
    ("Raids took place at the end of last month.", "2019-08-23", [("end of last month", "2019-07")]),
    # a year before a counted noun is the year's after "the" ("to 2000 people" is a count)
    ("The 2017 convictions were for forced labor.", "2018-06-28", [("2017", "2017")]),
    # a weekday inside a clause with no preposition; a range of weekdays; parts of the publication's day
    ("Prosecutors filed the charges Monday against the owner.", "2022-02-03", [("Monday", "2022-01-31")]),
    ("The sting took place at hotels along Highway 99 from Friday to Sunday.", "2022-02-03",
     [("Friday", "2022-01-28"), ("Sunday", "2022-01-30")]),
    ("The announcement was made in Accra this morning.", "2019-07-30", [("this morning", "2019-07-30")]),
    ("Police raided the farm last night.", "2019-07-30", [("last night", "2019-07-29")]),
    # "next" a few words before a year-less day: the next one
    ("The next mention is on 4 March.", "2024-02-12", [("4 March", "2024-03-04")]),
    ("A decade ago I landed at the airport with no money.", "2025-03-10", [("A decade ago", "2015")]),
    # a past tense right before, or another clause, outweighs a future cue earlier in the sentence
    ("A memorandum was expected to be signed soon, while talks with Oman had resumed in November.", "2022-02-10",
     [("November", "2021-11")]),
    # a hearing adjourned or postponed to a day: ahead of publication
    ("The matter was adjourned to September 28.", "2022-08-17", [("September 28", "2022-09-28")]),
    ("The trial was postponed until October 3.", "2022-08-17", [("October 3", "2022-10-03")]),
    # the first month of a range takes the year the range ends in
    ("The report covers January to December 2023.", "2024-06-24",
     [("January", "2023-01"), ("December 2023", "2023-12")]),
    # "since" is past; a "will" in a quotation before "she said" is no cue for the reported clause after it
    ("The groups will keep coming back, she said, adding that OKUP had logged 96 complaints since May.",
     "2023-08-22", [("May", "2023-05")]),
    ("\u201cWe will not rest,\u201d said the director, whose team took up the case in August.", "2023-12-05",
     [("August", "2023-08")]),
    # "due to the pandemic" is a cause, not a date ahead; "told" closes a quotation's "would"
    ("The government suspended labour exports in March due to the pandemic but lifted the ban in September.",
     "2020-11-26", [("March", "2020-03"), ("September", "2020-09")]),
    ("\u201cThey would be put on the next plane home,\u201d counsel Priya Raman told jurors on Tuesday.",
     "2021-06-10", [("Tuesday", "2021-06-08")]),
    # a rule that "takes effect" on a day: ahead of publication
    ("The decision, which takes effect on April 1, gives offices 30 days.", "2019-03-05", [("April 1", "2019-04-01")]),
    # the second day of "October 5 and 6", "June 5 to 9" (no count: "On June 5 and 9 people" below)
    ("The fair will be held on October 5 and 6 in Ulaanbaatar.", "2017-09-12",
     [("October 5", "2017-10-05"), ("6", "2017-10-06")]),
    ("The fair ran from June 5 to 9, officials said.", "2017-09-12", [("June 5", "2017-06-05"), ("9", "2017-06-09")]),
    ("On June 5 and 9 people were hurt.", "2017-09-12", [("June 5", "2017-06-05")]),
    # a year-less day a few days ahead of publication is that day, not last year's
    ("Ahead of the World Day against Trafficking in Persons on 30 July, the OSCE called for action.", "2022-07-29",
     [("30 July", "2022-07-30")]),
    # a weekday ahead is the day of publication when it falls on it; "next" puts it a week on
    ("The suspects are due to appear before a prosecutor later on Wednesday.", "2024-08-14",
     [("Wednesday", "2024-08-14")]),
    ("The court will rule on Friday, or next Wednesday at the latest.", "2024-08-14",
     [("Friday", "2024-08-16"), ("next Wednesday", "2024-08-21")]),
    # an ambiguous "a/b/yyyy": day first when that is the publication day or month first would lie ahead of it
    ("Friday 05/07/2024\n\nWorkers filed a complaint.", "2024-07-05", [("05/07/2024", "2024-07-05")]),
    ("The hearing was held on 05/07/2024.", "2024-08-20", [("05/07/2024", "2024-05-07")]),
    # a participle after a plural noun tells a past event, whatever "would" said before it
    ("The council said it would file charges against three recruiters arrested in Bulacan on Nov. 8.", "2023-11-14",
     [("Nov. 8", "2023-11-08")]),
    ("Households will have to sign a new contract under a decision issued by the ministry on Sunday.", "2023-08-15",
     [("Sunday", "2023-08-13")]),
    # "comes into force": a present tense that looks ahead ("came into force" does not)
    ("The decision, which comes into force on September 1, replaces the old contract.", "2023-08-15",
     [("September 1", "2023-09-01")]),
    ("The law came into force on September 1.", "2023-08-15", [("September 1", "2022-09-01")]),
    # (an adjective is no event: "at least 20 more unannounced inspections before the end of April")
    ("The unit would carry out 20 more unannounced inspections in April.", "2019-03-14", [("April", "2019-04")]),
    # a hyphenated compound is no future cue: "take-home pay"
    ("He says his take-home pay in one fortnight in May was AUD$84.", "2024-07-05", [("May", "2024-05")]),
    # "since the spring": the last such season begun by publication ("in the spring" may be ahead: no date)
    ("She has been contacted by 150 women since the spring.", "2020-11-05", [("the spring", "2020-03/2020-05")]),
    ("Arrests have risen since the winter.", "2020-11-05", [("the winter", "2019-12/2020-02")]),
    # "last week Thursday" (Nigerian English): that weekday of the week before publication's
    ("The girls were rescued in Kano last week Thursday, officials said.", "2021-08-18",
     [("last week Thursday", "2021-08-12")]),
    ("They will testify next week Monday.", "2021-08-18", [("next week Monday", "2021-08-23")]),
    # a day written with a period before the month (Czech, German and Polish sites)
    ("BRNO, 9. Mar 2023 - Police arrested eight people.", "2023-03-09", [("9. Mar 2023", "2023-03-09")]),
    # a month before what was done or issued then; "may report" is a verb
    ("Despite its August decree, the government mobilized pickers. Officials may report it.", "2018-06-28",
     [("August", "2017-08")]),
    # "ahead of" looks ahead to what it names, not past a comma to the clause it opens
    ("Ahead of the operation, the agencies trained 80 investigators in Dakar in March.", "2023-06-27",
     [("March", "2023-03")]),
    ("The report came out ahead of the World Day against Trafficking in Persons on Sunday.", "2023-07-28",
     [("Sunday", "2023-07-30")]),
    # "pending" looks ahead as a preposition, not as a state
    ("The pair were released on bail pending a plea hearing on September 28.", "2022-09-15",
     [("September 28", "2022-09-28")]),
    ("At least 200 cases were pending in court as of December.", "2024-01-18", [("December", "2023-12")]),
    # a court's next date looks ahead, even in reported speech with "had"
    ("A police spokesman said the suspects had been remanded until November 15 by the magistrate.", "2023-11-02",
     [("November 15", "2023-11-15")]),
    # a verb in the past right after the day dates it back, whatever came before in the sentence
    ("The cases will be handled as a national priority, and the cabinet on Tuesday approved a budget.", "2025-02-27",
     [("Tuesday", "2025-02-25")]),
    ("The minister will visit the border on Tuesday and meet the returnees.", "2025-02-27", [("Tuesday", "2025-03-04")]),
    ("The two appeared in court and were remanded in custody to August 2.", "2018-07-19", [("August 2", "2018-08-02")]),
    # a closed relative clause says nothing of the main clause's time
    ("The plan, which runs until 2030, was announced by the committee at a meeting in Doha on Tuesday.", "2025-01-15",
     [("2030", "2030"), ("Tuesday", "2025-01-14")]),
    # an infinitive governs a range of days that holds the publication date, whatever was said before it
    ("He said the command had instructed its units to launch a campaign from November 1 to December 31.", "2019-11-05",
     [("November 1", "2019-11-01"), ("December 31", "2019-12-31")]),
    ("Police raided 40 sites between November 1 and December 31.", "2019-11-05",
     [("November 1", "2018-11-01"), ("December 31", "2018-12-31")]),
    # "is to" arranges what is ahead
    ("The second accused has pleaded not guilty and is to stand trial in September.", "2022-03-04",
     [("September", "2022-09")]),
    # a hearing "set for" a month is ahead; a weekday after "On" is a day, whatever capital follows it
    ("A hearing to recover the money has been set for July.", "2025-02-08", [("July", "2025-07")]),
    ("On Friday Judge Carys Evans jailed the pair.", "2025-02-08", [("Friday", "2025-02-07")]),
    # the working week as a schedule is no date; a range of weekdays is one week's days
    ("The hotline operates Monday to Friday, from 10:00 to 21:00.", "2019-02-06", []),
    ("The trial ran from Monday to Friday.", "2019-02-06", [("Monday", "2019-01-28"), ("Friday", "2019-02-01")]),
    # a weekday written with a year-less day picks the year in which the two agree
    ("Know Your Rights workshop: Sunday 28 May, 2 pm, at the park.", "2023-05-19", [("28 May", "2023-05-28")]),
    ("The assembly meets on Sunday, June 25.", "2023-05-19", [("June 25", "2023-06-25")]),
    ("The raid on Friday 12 May freed 20 women.", "2023-05-19", [("12 May", "2023-05-12")]),
    ("Vigil at the cathedral: Friday 18 October.", "2019-10-07", [("18 October", "2019-10-18")]),
    # an appearance in court and an invitation are ahead
    ("The suspects were remanded in custody to reappear on August 29.", "2023-08-17", [("August 29", "2023-08-29")]),
    ("Please do join us for Anti-Slavery Day on 18 October.", "2023-08-17", [("18 October", "2023-10-18")]),
    # a capitalised cue inside a sentence is a name's word ("Due Diligence"); a relative clause's "where" ends the
    # search for cues (not the writer's "I'm writing" before it); a cue opening the sentence counts
    ("The Due Diligence Directive was published in the Official Journal on Friday and enters into force soon.",
     "2024-07-09", [("Friday", "2024-07-05")]),
    ("I'm writing from Mae Sot, where the generators have been quieter since the authority cut power on February 5.",
     "2025-03-18", [("February 5", "2025-02-05")]),
    ("Ahead of International Migrants Day on Wednesday, the office is concerned.", "2019-12-17",
     [("Wednesday", "2019-12-18")]),
    # "held against their will" is no future; a period a report covers is the last such, a current one when the
    # sentence looks ahead; a month labelling a line
    ("Police rescued 312 people who were held against their will and forced to work in a compound on Sunday.",
     "2023-08-22", [("Sunday", "2023-08-20")]),
    ("Our next digest, covering January to March, will be published in May.", "2021-02-09",
     [("January", "2021-01"), ("March", "2021-03"), ("May", "2021-05")]),
    ("Coming up\n\nSeptember: we will publish our half-year report, covering January to June.", "2023-08-04",
     [("September", "2023-09"), ("January", "2023-01"), ("June", "2023-06")]),
    # a diary's days opening its paragraphs; "dd/mm/yyyy" read day first when one date of the text can only be
    ("Monday, 19 August. The bus park is loud.\n\nTuesday. Quieter.\n\nWednesday: shelter day.", "2019-08-23",
     [("19 August", "2019-08-19"), ("Tuesday", "2019-08-20"), ("Wednesday", "2019-08-21")]),
    ("Nowicki (DOB 14/03/1976) was convicted. Wr\u00f3bel (DOB 02/11/1988) pleaded guilty.", "2022-09-23",
     [("14/03/1976", "1976-03-14"), ("02/11/1988", "1988-11-02")]),
    ("The petition was filed on 03/04/2020 and heard on 11/25/2020.", "2022-09-23",
     [("03/04/2020", "2020-03-04"), ("11/25/2020", "2020-11-25")]),
    # a table's column of years headed by a word for when
    ("Who is covered.\n\nApplication date | Employees\n2027 | more than 5,000\n2028 | more than 3,000", "2024-07-09",
     [("2027", "2027"), ("2028", "2028")]),
    # a month a report covers; a month under a "Next quarter" heading is ahead
    ("The next situation report will cover July.", "2024-07-08", [("July", "2024-07")]),
    ("Flooding in July cut off two districts.\n\nNext quarter\n\nPartners will hold a review in November.",
     "2022-10-25", [("July", "2022-07"), ("November", "2022-11")]),
    ("Next quarter\n\nPartners will:\n\nOpen a help desk at the airport;\n\nAudit the remaining 22 agencies;\n\n"
     "Hold the review in November.", "2022-10-25", [("November", "2022-11")]),
    # a day's comma glued to its year; the same day years before; "before" a day after an obligation is ahead
    ("By Laila Haddad - Aug 09,2023 - Last updated", "2023-08-09", [("Aug 09,2023", "2023-08-09")]),
    ("One year ago today, 39 people were found dead in a lorry.", "2020-10-23", [("One year ago today", "2019-10-23")]),
    ("Those who were cheated have been asked to lodge complaints before December 31.", "2018-11-07",
     [("December 31", "2018-12-31")]),
    ("Police arrested the two men before December 31.", "2018-11-07", [("December 31", "2017-12-31")]),
    # a sentence opening on its day, then "will"
    ("We are growing. On 1 November we will open a second house.", "2023-10-16", [("1 November", "2023-11-01")]),
    # "last spring" in September: that year's; a year-less day the text also names with its year
    ("Witnesses at the hearing last spring said so.", "2024-09-20", [("last spring", "2024-03/2024-05")]),
    ("The meeting is on Tuesday, 1 October 2024. Confirmed witnesses for 1 October include two directors.",
     "2024-09-20", [("1 October 2024", "2024-10-01"), ("1 October", "2024-10-01")]),
    # an arrangement in the present passive
    ("Two further trainings are planned for Chipata and Mwinilunga in September.", "2024-06-12",
     [("September", "2024-09")]),
    # the day a rule starts, with "will" after it
    ("Mr Langat said that from September 1, all agencies will be required to lodge a bond.", "2023-08-17",
     [("September 1", "2023-09-01")]),
    # a range of days in one month, the second day alone
    ("The inspections, carried out from June 17 to 21 together with the police, found 40 workers.", "2024-07-03",
     [("June 17", "2024-06-17"), ("21", "2024-06-21")]),
    # a day a court appoints is ahead; a month before a noun of its own; a hotline's number in brackets is none
    ("Judge Norhayati Ahmad allowed bail of RM20,000. She fixed Oct 14 for mention.", "2022-08-19",
     [("Oct 14", "2022-10-14")]),
    ("The April update of the list had 132 names.", "2022-08-11", [("April", "2022-04")]),
    ("The government operated a national hotline (1818) that received 2,400 calls in 2014.", "2015-06-01",
     [("2014", "2014")]),
    # a weekday with its day in brackets: the bracket's day, in the year it falls on that weekday, dates both
    ("The court will sentence him this Tuesday (November 22).", "2022-11-25",
     [("this Tuesday", "2022-11-22"), ("November 22", "2022-11-22")]),
    # a clause of its own in the past after "and", with "will" earlier in the sentence
    ("The shelter will run until 2026, and staff completed their training on 3 January.", "2024-02-10",
     [("2026", "2026"), ("3 January", "2024-01-03")]),
    ("He will be arrested and then charged on 3 March.", "2024-02-10", [("3 March", "2024-03-03")]),
    ("The society will run two workshops, and all staff completed refresher training on 3 January.", "2024-01-20",
     [("3 January", "2024-01-03")]),
    # a past relative clause, or a past clause after "after the <noun>", under a present or future main clause
    ("His congregation now runs a weekly clinic that saw nearly 300 migrant workers between March and June.",
     "2023-07-10", [("March", "2023-03"), ("June", "2023-06")]),
    ("A couple will each spend 12 years in prison after the court convicted them of trafficking on Tuesday.",
     "2023-10-19", [("Tuesday", "2023-10-17")]),
    # a year-less day weeks ahead rather than most of a year back (unless told as past)
    ("The case involving a massage business is set for trial on April 22.", "2019-03-14", [("April 22", "2019-04-22")]),
    ("Police arrested him on April 22.", "2019-03-14", [("April 22", "2018-04-22")]),
    # the day a case was put off is past; the day it was put off to is ahead
    ("Four of the cases were postponed at least once in July because the prosecutor was absent.", "2022-08-05",
     [("July", "2022-07")]),
    ("The case was adjourned on Monday to August 20.", "2022-08-05",
     [("Monday", "2022-08-01"), ("August 20", "2022-08-20")]),
    ("The hearing was postponed to September.", "2022-08-05", [("September", "2022-09")]),
    # a range's first day takes the year its other end names, whatever cue is before it; a booking ahead; what
    # "we expect"; a past verb a long name away from its day
    ("It was prepared following an evaluation visit to Slovakia from 9 to 13 December 2019.", "2020-11-12",
     [("9", "2019-12-09"), ("13 December 2019", "2019-12-13")]),
    ("A further three sessions are booked for November.", "2023-10-19", [("November", "2023-11")]),
    ("The deadline for submissions, which we expect to fall in early February, is not yet set.", "2024-07-08",
     [("early February", "2025-02")]),
    ("The government ran campaigns in 15 districts, and it marked the World Day Against Trafficking in Persons on "
     "July 30 with events in Lusaka.", "2023-06-15", [("July 30", "2022-07-30")]),
    # a timeline's label, a year alone opening its line
    ("Key dates\n\n2014: the anti-trafficking law was amended.\n\n2016: a national referral mechanism began.",
     "2023-06-29", [("2014", "2014"), ("2016", "2016")]),
    # a weekday in a clause of its own in the past, though the sentence looks ahead: "after police found ..."
    ("Three people are expected to appear before a magistrate today, after police found 19 women during a raid "
     "on the bar on Saturday night.", "2019-10-22", [("today", "2019-10-22"), ("Saturday", "2019-10-19")]),
    # a diary's items keep their order: a year-less day after items ahead of publication is ahead too (round 116)
    ("Dates for your diary\n\nSunday 20 April \u2014 Easter Sunday.\n\n30 July \u2014 World Day against Trafficking.",
     "2025-01-20", [("20 April", "2025-04-20"), ("30 July", "2025-07-30")]),
    # a headline's present tense tells what happened; a sentence's looks ahead
    ("2. Bristol Crown Court \u2014 trial opens, 18 November\n\nOpening the case, the prosecutor described the lorry.",
     "2019-11-29", [("18 November", "2019-11-18")]),
    ("The trial opens on 18 November at Bristol Crown Court.", "2019-11-12", [("18 November", "2019-11-18")]),
    # a court's next date in the present tense is ahead (round 117)
    ("The three accused return to court on August 2.", "2023-07-14", [("August 2", "2023-08-02")]),
    ("Attorneys for the family did not return calls seeking comment Wednesday.", "2022-03-24",
     [("Wednesday", "2022-03-23")]),
    # a day closing the text, after its month (no range word can follow it)
    ("Migrants return home after ordeal, July 10", "2023-07-14", [("July 10", "2023-07-10")]),
    # a review of the year, published in January: its first item's month is last year's, as the rest are
    ("2021 in review\n\nJanuary \u2014 We opened peer support circles.\nMarch \u2014 A second office opened.\n"
     "18 August \u2014 Two members gave testimony.", "2022-01-12",
     [("January", "2021-01"), ("March", "2021-03"), ("18 August", "2021-08-18")]),
    # round 118: what a numbered heading or a "Coming up in ..." heading plans is ahead; a year of birth
    ("## 6. Priorities for 2023/24\n\n1. Publish a short progress note halfway through the year, in October.",
     "2023-09-28", [("2023/24", "2023"), ("2023/24", "2024"), ("October", "2023-10")]),
    ("## Coming up in July\u2013September\n\n1. Prepare events for World Day against Trafficking in Persons on 30 July.",
     "2024-07-22", [("July", "2024-07"), ("September", "2024-09"), ("30 July", "2024-07-30")]),
    ("Born 1984, Mawlamyine \u00b7 interviewed 3 March 2020", "2021-05-20", [("1984", "1984"), ("3 March 2020", "2020-03-03")]),
    # a participle after a short noun tells a past event, though the sentence looks ahead (round 119)
    ("Employers will face heavier penalties under a new law issued by royal decree on Tuesday.", "2023-07-27",
     [("Tuesday", "2023-07-25")]),
    # a paper's name in capitals is no day (round 120)
    ("Speaking to Barbados TODAY, the minister said the report was released today.", "2021-07-06",
     [("today", "2021-07-06")]),
    # a month alone in a table row's first cell
    ("Month (2021) | Cases\nApril | 29\nMay | 34", "2021-08-06", [("2021", "2021"), ("April", "2021-04"), ("May", "2021-05")]),
    # "the previous year" counts from the year of the events, not from a law's year
    ("The authorities investigated 23 cases in 2017 and convicted 19 people under Law No. 91 of 2013, up from nine "
     "the previous year.", "2018-06-30", [("2017", "2017"), ("2013", "2013"), ("the previous year", "2016")]),
    # a law's number that looks like two years; a hotline's number before its words
    ("Law No. 2005-06 prohibits trafficking. The MOL's 1955 foreign worker hotline took calls in 2017.", "2018-06-28",
     [("2017", "2017")]),
    # a span of time owned by someone is no calendar date: "their last month of work" (round 115)
    ("Some were not paid at all for their last month of work; wages fell last month.", "2023-03-15",
     [("last month", "2023-02")]),
]


@pytest.mark.parametrize("text, published, expected", FOUND)
def test_component_finds(run_text, text, published, expected):
    facts = run_text(text, published=published)
    assert [(d.text, d.value) for d in facts.dates] == expected
    for d in facts.dates:
        assert text[d.start:d.end] == d.text
        assert d.rule


@pytest.mark.parametrize("text", [
    "Verify an agency's licence through its website or the 1989 hotline before paying.",
    "May I ask the minister a question?",
    "The shelter assisted the 2,017 victims identified by police.",
    "The country remained on Tier 2 this cycle.",
    "Law 26.842 criminalized sex and labor trafficking.",
    "Sentences ranged from five years to 15 months.",
    "The fund grew to 2000 people and then to 1900 families.",
    "Over the last year the number of shelters rose.",
    "Each year, officials may march in the parade.",
    "The government trained 1,950 officials in three provinces.",
    # a weekday that is no date: a habit, a kind of day, a given name
    "A woman who calls us on a Friday night will not call again.",
    "The volunteers meet every Sunday afternoon.",
    "The men washed up to 80 cars on a busy Saturday, the court heard.",
    "Jan-Erik Larsen, the inspector, said the figures were accurate.",
    "The court heard from Friday Osaro, a former driver.",
    # a word in capitals that is also a month, not heading a paragraph
    "THE CASE MAY GO TO TRIAL \u2014 officials said nothing.",
    # a feast or a named day after a place is no weekday of the week
    "Crowds filled the churches in Manila Good Friday and on Easter.",
    "Pilgrims gathered at Easter Sunday services in the capital.",
    # a law's number shaped as a range of years
    "They face prosecution under Law 2005-06, which punishes organised begging.",
    # a hotline's number
    "Complaints could be made to the bureau's 1989 hotline, he said.",
    # a number after "for" or "over" far from the story's year is no year
    "Donors paid for 2000 meals at the shelter.",
    "The estate covers over 2000 acres of cane.",
    # an address by its block's number
    "Police raided a spa in the 1900 block of Main Street.",
    # a repetition names no date
    "Unless the demand falls, we will keep doing this year after year.",
    "The boats went out week after week.",
    # a kind of day before a noun
    "The women came to our Sunday clinic with their receipts.",
    # a hotline's number and word
    "The ministry operated the 1800-DELITO hotline for callers.",
])
def test_component_negatives(run_text, text):
    assert run_text(text, published="2018-10-01").dates == []


def test_tip_report_periods(run_text):
    text = ("During the reporting period, the government convicted 30 traffickers, compared with 25 in the "
            "previous reporting period. During the year, it opened two shelters.")
    facts = run_text(text, published="2018-06-28", kind="tip_report")
    got = [(d.text, d.value, d.anchor) for d in facts.dates]
    assert got == [("the reporting period", "2017-04/2018-03", "report year 2018"),
                   ("the previous reporting period", "2016-04/2017-03", "report year 2018"),
                   ("the year", "2017-04/2018-03", "report year 2018")]
    # the same words in a news article name no period
    assert run_text(text, published="2018-06-28", kind="news").dates == []


def test_weekdays_in_report_text_are_habitual(run_text):
    facts = run_text("Guards confined workers from Saturday night until Monday morning.", published="2018-06-28",
                     kind="tip_report")
    assert facts.dates == []


def test_trigger_windows_find_what_the_whole_doc_matcher_finds(nlp):
    comp = nlp.get_pipe("ctip_dates")
    text = " ".join([
        "On Friday, 3 May 2016 and in June, the 2015-2018 plan (adopted in early 2015) was reviewed;",
        "from 2003 to 2017, FY 2016 and the first half of 2019 saw the previous reporting period end.",
        "It began two years ago, between January 1 and August 20, in the 1990s and last year.",
    ] * 3)
    doc = nlp.make_doc(text)
    full = sorted((k, s, e, tuple(a)) for k, s, e, a in comp.matcher(doc, with_alignments=True))
    windowed = sorted((k, s, e, tuple(a)) for k, s, e, a in comp._matches(doc))
    assert windowed == full and len(full) > 20


def test_relative_without_publication_date(run_text):
    facts = run_text("Last year, in June, police raided 14 brothels; the ring started in 2014.")
    assert [(d.text, d.value) for d in facts.dates] == [("2014", "2014")]


# ---------------------------------------------------------------- the rule files

def test_date_words_load():
    words = DateWords.load()
    assert words.months["sept"] == 9 and words.weekdays["friday"] == 4
    assert words.fiscal_year_start_month == 10


@pytest.mark.parametrize("line, message", [
    ({"id": "x", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}], "colour": 1}, "unknown key"),
    ({"id": "x", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}], "parts": [[0, 3]]}, "parts"),
    ({"id": "x", "label": "YEAR", "pattern": [{"SHAPES": "dddd"}]}, "bad token pattern"),
    ({"id": "x", "pattern": [{"SHAPE": "dddd"}]}, "missing key"),
    ({"id": "x", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}, {"IS_PUNCT": True}], "anchor": 1}, "anchor"),
    ({"id": "x", "label": "YEAR", "pattern": [{"IS_DIGIT": True}]}, "no required token"),
])
def test_bad_pattern_file_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "dates.jsonl"
    good = {"id": "ok", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}]}
    path.write_text(json.dumps(good) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_rules(str(path), spacy.blank("en").vocab)
    assert err.value.line == 2 and message in str(err.value)


def test_bad_words_file(tmp_path):
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"months": {"jan": 13}}), encoding="utf-8")
    with pytest.raises(RuleFileError, match="months"):
        DateWords.load(str(path))


@pytest.mark.parametrize(
    "text",
    ["26 August 2019", "August 26, 2019", "Aug. 26, 2019", "March 2019", "Sept. 2015", "Aug. 26", "26 Aug",
     "1 January 2000", "December 31, 1999", "Feb 28 2021"],
)
def test_fast_calendar_path_agrees_with_dateparser(text):
    normaliser = DateNormaliser()
    fast = normaliser._simple_calendar(text.lower())  # candidate spans reach it lower-cased
    assert fast is not None
    slow = normaliser.parse_calendar(text.lower())
    if fast[1] in ("month", "year"):
        assert (fast[0].year, fast[0].month, fast[1]) == (slow[0].year, slow[0].month, slow[1])
    elif "20" in text or "19" in text:  # a full date: the same day
        assert fast == slow
    else:  # a year-less day: month and day agree (the year is a placeholder)
        assert (fast[0].month, fast[0].day, fast[1]) == (slow[0].month, slow[0].day, slow[1])


@pytest.mark.parametrize("text", ["31 February 2019", "29 Feb", "Friday", "the 1990s", "2019"])
def test_fast_calendar_path_leaves_the_rest_to_dateparser(text):
    assert DateNormaliser()._simple_calendar(text.lower()) is None


def test_quarter_of_the_year_in_a_tip_report_is_not_guessed(normaliser):
    # there "the year" is the reporting period, which no calendar quarter or half divides
    assert normaliser.normalise("first half of the year", ctx("2018-06-28", tip=True, report_year=2018)) == []
    assert normaliser.normalise("end of the year", ctx("2018-06-28", tip=True, report_year=2018)) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    # years listed bare; the same list with a noun after it counts
    ("Cambodia spent 2019, 2020 and 2021 on the Watch List.", "2024-07-03",
     [("2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
    ("Police arrested 1500, 1800 and 2000 people in the sweep.", "2024-07-03", []),
    # a month named as what a month was
    ("The busiest month was December, with 812 contacts.", "2025-02-18", [("December", "2024-12")]),
])
def test_dates_of_round_126(run_text, text, published, expected):
    assert [(d.text, d.value) for d in run_text(text, published=published).dates] == expected


def test_a_titles_year_and_a_list_under_what_comes_next(run_text):
    facts = run_text("# Supplier Audit Findings 2020: Forced Labour Risks\n\nThe audit ran all year.", published="2021-03-24")
    assert [(d.text, d.value) for d in facts.dates] == [("2020", "2020")]
    facts = run_text("## What comes next\n\n1. Publish a pocket guide before Dashain in October.\n",
                     published="2019-09-16")
    assert [(d.text, d.value) for d in facts.dates] == [("October", "2019-10")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day without its year takes the year of the day the sentence names with one
    ("Applications open on 1 September and close on 31 October 2025.", "2025-02-11",
     [("1 September", "2025-09-01"), ("31 October 2025", "2025-10-31")]),
    ("He was freed on 12 December and flown home on 3 January 2022.", "2022-03-01",
     [("12 December", "2021-12-12"), ("3 January 2022", "2022-01-03")]),
    # "the previous year" after "last year", with an amount in rupees between (no sentence break at "Rs.")
    ("The bureau recovered Rs. 62 million last year, compared with Rs. 41 million the previous year.", "2019-03-10",
     [("last year", "2018"), ("the previous year", "2017")]),
    # "pending" before a plural is an adjective, no sign of a date ahead
    ("The backlog of pending cases stood at 1,350 at the end of December.", "2023-09-12", [("December", "2022-12")]),
    # a range's first month takes the year "that year" gives its last
    ("In 2020 courts suspended hearings from March to June that year.", "2023-09-12",
     [("2020", "2020"), ("March", "2020-03"), ("June that year", "2020-06")]),
])
def test_dates_of_rounds_131_to_132(run_text, text, published, expected):
    assert [(d.text, d.value) for d in run_text(text, published=published).dates] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "over the weekend": the Saturday and Sunday before a weekday's story, or of a weekend's
    ("Police rescued 46 women over the weekend.", "2023-07-10", [("over the weekend", "2023-07-08/2023-07-09")]),
    ("Police rescued 46 women over the weekend.", "2023-07-09", [("over the weekend", "2023-07-08/2023-07-09")]),
    ("Talks will resume over the weekend.", "2023-07-12", [("over the weekend", "2023-07-15/2023-07-16")]),
    # a plan told with "would" and a day "before" it: the nearer of the last and the next
    ("The agency said it would waive fines for workers who leave before September 30.", "2020-06-11",
     [("September 30", "2020-09-30")]),
    ("The agency said it would waive fines for workers who leave before September 30.", "2020-11-11",
     [("September 30", "2020-09-30")]),
    # a time clause in the present passive looks ahead
    ("Zhou faces eight to 16 years in prison when she is sentenced in April.", "2024-02-22", [("April", "2024-04")]),
    # under a heading of things to come, a sentence opening on its month and going on in the past is past
    ("## Next steps\n\n- In September, the board will meet again.\n- In May, officers arrested two men.\n",
     "2023-10-12", [("September", "2024-09"), ("May", "2023-05")]),
])
def test_dates_of_rounds_135_to_138(run_text, text, published, expected):
    assert [(d.text, d.value) for d in run_text(text, published=published).dates] == expected


def test_a_year_of_another_calendar_is_no_date(run_text):
    facts = run_text("The board reviewed the accounts for fiscal year 2076/77 and the 2050 targets.", published="2020-01-20")
    assert [(d.text, d.value) for d in facts.dates] == [("2050", "2050")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # round 139: "ahead of" after a clause in the past: the nearer of the last and the next
    ("Both took part in consultations ahead of the ratification in March.", "2024-06-20", [("March", "2024-03")]),
    ("Ministers met on Monday ahead of the vote in July.", "2024-06-20", [("Monday", "2024-06-17"), ("July", "2024-07")]),
    ("Ministers will meet ahead of the vote in July.", "2024-06-20", [("July", "2024-07")]),
    # a weekday's part of day in the plural is a habit, no date
    ("Workers were allowed to leave the farm only on Sunday afternoons.", "2022-09-22", []),
    # a quarter or half with its year and no "of"
    ("Quarterly Inspection Bulletin: Third Quarter 2022", "2022-11-15", [("Third Quarter 2022", "2022-07/2022-09")]),
])
def test_dates_of_rounds_139_to_142(run_text, text, published, expected):
    assert [(d.text, d.value) for d in run_text(text, published=published).dates] == expected
