"""A seminar every Tuesday for ten weeks is one page: its dates, listings, calendar and admin form."""

import datetime as dt
import json
import re
import zoneinfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from events.models import EventDateChange, EventOccurrence, EventPage
from events.recurrence import Recurrence, Repeat, UnsupportedRule, expand

pytestmark = pytest.mark.django_db
KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")
TALLINN = zoneinfo.ZoneInfo("Europe/Tallinn")


def series(index, factory, title="Open budget seminar", **fields):
    """A weekly 20:00–21:30 seminar in Kyiv, its venue following the series' dates."""
    defaults = {
        "start_date": dt.date(2031, 3, 4),  # a Tuesday
        "start_time": dt.time(20, 0),
        "end_time": dt.time(21, 30),
        "repeat": Repeat.WEEKLY,
        "repeat_count": 10,
        "occurrences": [EventOccurrence(city="Kyiv", venue="City library")],
    }
    defaults.update(fields)
    return factory(index, title, **defaults)


# --- the arithmetic (dateutil does it; these pin what editors rely on) ---


def test_a_weekly_evening_stays_at_20_local_across_the_summer_time_change():
    first = dt.datetime(2031, 3, 18, 20, 0, tzinfo=KYIV)  # summer time starts on 30 March 2031
    rule = Recurrence(Repeat.WEEKLY, count=4).rule(first.date(), False, KYIV)
    starts = expand(rule, first)
    assert [start.strftime("%d %H:%M %z") for start in starts] == [
        "18 20:00 +0200",
        "25 20:00 +0200",
        "01 20:00 +0300",
        "08 20:00 +0300",
    ]


def test_exceptions_and_extra_dates_change_the_series():
    first = dt.datetime(2031, 3, 4, 20, 0, tzinfo=KYIV)
    rule = Recurrence(Repeat.WEEKLY, count=4).rule(first.date(), False, KYIV)
    starts = expand(rule, first, cancelled=[dt.date(2031, 3, 11)], added=[dt.date(2031, 3, 13)])
    assert [start.date().day for start in starts] == [4, 13, 18, 25]
    assert all(start.hour == 20 for start in starts)


def test_until_includes_the_last_day_and_count_counts_sessions():
    first = dt.datetime(2031, 1, 6, 9, 0, tzinfo=TALLINN)  # a Monday
    until = Recurrence(Repeat.WEEKLY, weekdays=("MO", "TH"), until=dt.date(2031, 1, 16)).rule(first.date(), False, TALLINN)
    assert until == "FREQ=WEEKLY;UNTIL=20310116T215959Z;BYDAY=MO,TH"
    assert [start.day for start in expand(until, first)] == [6, 9, 13, 16]
    daily = Recurrence(Repeat.DAILY, interval=2, count=3).rule(first.date(), False, TALLINN)
    assert [start.day for start in expand(daily, first)] == [6, 8, 10]


def test_monthly_by_weekday_means_the_same_week_of_the_month():
    first = dt.datetime(2031, 1, 14, 10, 0, tzinfo=KYIV)  # the second Tuesday of January
    rule = Recurrence(Repeat.MONTHLY_BY_WEEKDAY, count=4).rule(first.date(), False, KYIV)
    assert rule == "FREQ=MONTHLY;COUNT=4;BYDAY=2TU"
    assert [start.date().isoformat() for start in expand(rule, first)] == [
        "2031-01-14",
        "2031-02-11",
        "2031-03-11",
        "2031-04-08",
    ]
    last = dt.date(2031, 4, 29)  # a fifth Tuesday would not exist every month: "the last"
    assert Recurrence(Repeat.MONTHLY_BY_WEEKDAY, count=2).rule(last, False, KYIV) == "FREQ=MONTHLY;COUNT=2;BYDAY=-1TU"
    by_date = Recurrence(Repeat.MONTHLY_BY_DATE, count=3).rule(dt.date(2031, 1, 15), True, KYIV)
    assert by_date == "FREQ=MONTHLY;COUNT=3;BYMONTHDAY=15"


def test_a_whole_day_series_ends_on_a_date():
    rule = Recurrence(Repeat.DAILY, until=dt.date(2031, 5, 3)).rule(dt.date(2031, 5, 1), True, KYIV)
    assert rule == "FREQ=DAILY;UNTIL=20310503"
    starts = expand(rule, dt.datetime(2031, 5, 1, tzinfo=KYIV))
    assert [start.date().day for start in starts] == [1, 2, 3]


def test_rules_from_other_systems_are_read_back_or_refused():
    assert Recurrence.from_rule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6") == Recurrence(
        Repeat.WEEKLY, 2, ("MO", "TH"), None, 6
    )
    assert Recurrence.from_rule("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20311231T000000Z").repeat == Repeat.MONTHLY_BY_WEEKDAY
    for unsupported in ("FREQ=YEARLY;COUNT=3", "FREQ=MONTHLY;BYSETPOS=2;BYDAY=TU", "not a rule"):
        with pytest.raises(UnsupportedRule):
            Recurrence.from_rule(unsupported)


def test_a_series_needs_an_end_and_a_sensible_length():
    first = dt.date(2031, 1, 6)
    assert "repeat_until" in Recurrence(Repeat.WEEKLY).errors(first)
    assert "repeat_count" in Recurrence(Repeat.WEEKLY, until=dt.date(2031, 2, 1), count=3).errors(first)
    assert "repeat_until" in Recurrence(Repeat.DAILY, until=dt.date(2030, 1, 1)).errors(first)
    assert "repeat_until" in Recurrence(Repeat.DAILY, until=dt.date(2040, 1, 1)).errors(first)
    assert "repeat_count" in Recurrence(Repeat.DAILY, count=501).errors(first)
    assert Recurrence(Repeat.DAILY, count=500).errors(first) == {}


# --- the page ---


def test_the_page_stores_the_rule_and_spans_the_whole_series(event_indexes, event_factory):
    seminar = series(
        event_indexes["en"],
        event_factory,
        date_changes=[EventDateChange(date=dt.date(2031, 3, 11), change="cancelled", note="Public holiday")],
    )
    seminar.refresh_from_db()
    assert seminar.recurrence_rule == "FREQ=WEEKLY;COUNT=10;BYDAY=TU"
    assert seminar.starts_at == dt.datetime(2031, 3, 4, 20, 0, tzinfo=KYIV)
    assert seminar.ends_at == dt.datetime(2031, 5, 6, 21, 30, tzinfo=KYIV)  # ten Tuesdays, EEST at the end
    assert len(seminar.series_spans) == 9


def test_the_event_page_says_how_it_repeats_and_lists_the_next_dates(client, event_indexes, event_factory):
    seminar = series(
        event_indexes["en"],
        event_factory,
        date_changes=[
            EventDateChange(date=dt.date(2031, 3, 18), change="cancelled", note="Public holiday"),
            EventDateChange(date=dt.date(2031, 3, 20), change="added", note="Extra session on Thursday"),
        ],
    )
    with time_machine.travel(dt.datetime(2031, 3, 5, 12, 0, tzinfo=KYIV), tick=False):
        html = client.get(seminar.url).content.decode()
    assert "Every week on Tuesday, 10 times" in html
    dates = re.search(r'<ul class="series-dates">(.*?)</ul>', html, re.S).group(1)
    days = re.findall(r'<time datetime="([\d-]+)">', dates)
    assert days[:4] == ["2031-03-11", "2031-03-18", "2031-03-20", "2031-03-25"]
    assert "2031-03-04" not in days  # over
    cancelled = re.search(r"<del>.*?</del>.*?</li>", dates, re.S).group(0)
    assert "2031-03-18" in cancelled and "cancelled" in cancelled and "Public holiday" in cancelled
    assert "Extra session on Thursday" in dates


def test_ukrainian_visitors_read_the_rule_in_ukrainian(client, event_indexes, event_factory):
    seminar = series(event_indexes["uk"], event_factory, title="Семінар", repeat_count=None, repeat_until=dt.date(2031, 5, 6))
    with time_machine.travel(dt.datetime(2031, 3, 1, tzinfo=KYIV), tick=False):
        html = client.get(seminar.url).content.decode()
    assert "Щотижня: вівторок" in html and "до 6 травня 2031" in html


def test_between_two_dates_a_series_is_upcoming_not_happening(event_indexes, event_factory):
    seminar = series(event_indexes["en"], event_factory)
    assert seminar.status(dt.datetime(2031, 3, 4, 20, 30, tzinfo=KYIV)) == "ongoing"
    assert seminar.status(dt.datetime(2031, 3, 6, 12, 0, tzinfo=KYIV)) == "upcoming"
    assert seminar.status(dt.datetime(2031, 5, 7, tzinfo=KYIV)) == "past"


# --- listings: each date its own card, queries independent of the number of dates ---


def card_dates(html):
    return re.findall(r'<article class="card card--event">.*?<time datetime="([\d-]+)">', html, re.S)


def test_the_listing_shows_each_date_of_the_coming_weeks_on_its_day(client, event_indexes, event_factory):
    index = event_indexes["en"]
    series(index, event_factory, date_changes=[EventDateChange(date=dt.date(2031, 3, 11), change="cancelled")])
    event_factory(index, "Conference", start_date=dt.date(2031, 3, 13), start_time=dt.time(9, 0))
    with time_machine.travel(dt.datetime(2031, 3, 5, 12, 0, tzinfo=KYIV), tick=False):
        html = client.get(index.url).content.decode()
        month = client.get(index.url + "?month=2031-04").content.decode()
    assert card_dates(html)[:4] == ["2031-03-13", "2031-03-18", "2031-03-25", "2031-04-01"]
    assert len(card_dates(html)) == 5  # the conference and the dates of the next five weeks
    assert card_dates(month) == ["2031-04-01", "2031-04-08", "2031-04-15", "2031-04-22", "2031-04-29"]


def test_past_listings_show_a_series_once_from_first_to_last_date(client, event_indexes, event_factory):
    index = event_indexes["en"]
    series(index, event_factory)
    with time_machine.travel(dt.datetime(2031, 6, 1, tzinfo=KYIV), tick=False):
        html = client.get(index.url + "?when=past").content.decode()
    assert card_dates(html) == ["2031-03-04"]
    assert "4\xa0Mar\u202f–\u20096\xa0May\xa02031" in html


@pytest.mark.parametrize("count", [1, 100])
def test_one_or_a_hundred_dates_cost_the_same_queries(client, event_indexes, event_factory, count):
    index = event_indexes["en"]
    series(index, event_factory, repeat=Repeat.DAILY, repeat_count=count)
    with time_machine.travel(dt.datetime(2031, 3, 1, tzinfo=KYIV), tick=False):
        client.get(index.url)  # warm the site and chrome caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(index.url + "?kind=conference")  # another address: not from the page cache
    assert response.status_code == 200
    QUERIES[count] = len(captured)
    if len(QUERIES) == 2:
        assert QUERIES[1] == QUERIES[100]


QUERIES = {}


def test_the_home_page_shows_a_series_on_its_next_date(client, homes, event_indexes, event_factory):
    series(event_indexes["en"], event_factory)
    event_factory(event_indexes["en"], "Forum", start_date=dt.date(2031, 4, 2), start_time=dt.time(9, 0))
    with time_machine.travel(dt.datetime(2031, 3, 26, 12, 0, tzinfo=KYIV), tick=False):
        html = client.get(homes["en"].url).content.decode()
    assert card_dates(html)[:2] == ["2031-04-01", "2031-04-02"]


# --- calendars and structured data ---


def test_the_calendar_carries_the_rule_exceptions_and_time_zone(client, event_indexes, event_factory):
    seminar = series(
        event_indexes["en"],
        event_factory,
        date_changes=[
            EventDateChange(date=dt.date(2031, 3, 11), change="cancelled"),
            EventDateChange(date=dt.date(2031, 3, 13), change="added"),
        ],
    )
    response = client.get(seminar.url + "ical/")
    text = response.content.decode()
    assert "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU" in text
    assert "EXDATE;TZID=Europe/Kyiv:20310311T200000" in text
    assert "RDATE;TZID=Europe/Kyiv:20310313T200000" in text
    assert "DTSTART;TZID=Europe/Kyiv:20310304T200000" in text
    calendar = Calendar.from_ical(response.content)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Kyiv"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["LOCATION"]) == "City library, Kyiv"
    assert str(calendar["NAME"]) == "Open budget seminar" and "REFRESH-INTERVAL;VALUE=DURATION:PT6H" in text


def test_a_venue_with_its_own_dates_is_not_repeated(client, event_indexes, event_factory):
    seminar = series(
        event_indexes["en"],
        event_factory,
        occurrences=[
            EventOccurrence(city="Kyiv", venue="City library"),
            EventOccurrence(city="Lviv", venue="Town hall", start_date=dt.date(2031, 6, 3), start_time=dt.time(11, 0)),
        ],
    )
    calendar = Calendar.from_ical(client.get(seminar.url + "ical/").content)
    kyiv, lviv = calendar.walk("VEVENT")
    assert "RRULE" in kyiv and "RRULE" not in lviv
    assert lviv.decoded("DTSTART") == dt.datetime(2031, 6, 3, 11, 0, tzinfo=KYIV)


def test_whole_day_series_use_dates_in_the_calendar(client, event_indexes, event_factory):
    camp = series(
        event_indexes["en"],
        event_factory,
        start_time=None,
        end_time=None,
        repeat=Repeat.MONTHLY_BY_DATE,
        repeat_count=3,
        date_changes=[EventDateChange(date=dt.date(2031, 4, 4), change="cancelled")],
    )
    text = client.get(camp.url + "ical/").content.decode()
    assert "DTSTART;VALUE=DATE:20310304" in text and "RRULE:FREQ=MONTHLY;COUNT=3;BYMONTHDAY=4" in text
    assert "EXDATE;VALUE=DATE:20310404" in text


def test_structured_data_describes_the_schedule(client, event_indexes, event_factory):
    seminar = series(
        event_indexes["en"], event_factory, date_changes=[EventDateChange(date=dt.date(2031, 3, 11), change="cancelled")]
    )
    html = client.get(seminar.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    schedule = data["eventSchedule"]
    assert schedule["@type"] == "Schedule" and schedule["repeatFrequency"] == "P1W"
    assert schedule["byDay"] == ["https://schema.org/Tuesday"]
    assert (schedule["startTime"], schedule["endTime"], schedule["repeatCount"]) == ("20:00:00", "21:30:00", 10)
    assert schedule["scheduleTimezone"] == "Europe/Kyiv" and schedule["exceptDate"] == ["2031-03-11"]
    assert schedule["startDate"] == "2031-03-04"


# --- the editor's form ---


def event_form(changes, **fields):
    """What the admin's "add event" form posts for a weekly series (Monday and Wednesday)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = {
        "title": "Budget evenings",
        "slug": "budget-evenings",
        "kind": "seminar",
        "summary": "Weekly evenings on the budget.",
        "time_zone": "Europe/Kyiv",
        "start_date": "2031-03-03",
        "start_time": "18:00",
        "repeat": "weekly",
        "repeat_interval": "1",
        "repeat_count": "6",
        "is_free": "on",
        "views_before_migration": "0",
        "cost_currency": "EUR",
        "occurrences": inline_formset([{"city": "Tartu", "venue": "Library"}]),
        "date_changes": inline_formset(changes),
        "learning_outcomes": inline_formset([]),
        "organisations": inline_formset([]),
        "sessions": inline_formset([]),
        "speakers": inline_formset([]),
        "gallery_images": inline_formset([]),
        "related_reads": inline_formset([]),
        "body": streamfield([]),
        "tags": "",
        "action-publish": "publish",
    }
    data.update(fields)
    # Tick boxes post one value each: outside nested_form_data, which would number them.
    return nested_form_data(data) | {"repeat_weekdays": ["MO", "WE"]}


def test_editors_pick_weekdays_and_the_form_checks_the_changes(admin_client, event_indexes):
    index = event_indexes["en"]

    def post(changes, **fields):
        return admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", event_form(changes, **fields))

    refused = post([{"date": "2031-03-04", "change": "cancelled", "note": ""}])  # a Tuesday: not a series date
    assert refused.status_code == 200 and "This is not one of the series" in refused.content.decode()
    assert not EventPage.objects.filter(slug="budget-evenings").exists()
    endless = post([], repeat_count="")
    assert "Say when the series ends" in endless.content.decode()

    accepted = post([{"date": "2031-03-05", "change": "cancelled", "note": "Holiday"}])
    assert accepted.status_code == 302
    page = EventPage.objects.get(slug="budget-evenings")
    assert page.repeat_weekdays == "MO,WE" and page.recurrence_rule == "FREQ=WEEKLY;COUNT=6;BYDAY=MO,WE"
    assert [span.start_date.day for span in page.series_spans] == [3, 10, 12, 17, 19]
    assert page.occurrences.get().start_date is None  # the venue follows the series
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert re.search(r'value="MO"[^>]*checked', edit) and re.search(r'value="WE"[^>]*checked', edit)


def test_cards_elsewhere_show_a_series_on_its_next_date(event_indexes, event_factory):
    """Linked pages, related reads and search results prepare their cards through ``prepare_cards``."""
    from core.cards import prepare_cards

    seminar = series(event_indexes["en"], event_factory)
    card = EventPage.objects.get(pk=seminar.pk)
    with time_machine.travel(dt.datetime(2031, 3, 20, tzinfo=KYIV), tick=False):
        prepare_cards([card])
    assert (card.start_date, card.starts_at) == (dt.date(2031, 3, 25), dt.datetime(2031, 3, 25, 20, 0, tzinfo=KYIV))
    assert len(card.series_spans) == 10 and card.series_spans[0].start_date == dt.date(2031, 3, 4)


def test_an_editor_previews_a_new_series_before_saving_it(admin_client, event_indexes):
    preview = f"/admin/pages/add/events/eventpage/{event_indexes['en'].pk}/preview/"
    assert admin_client.post(preview, event_form([])).json()["is_valid"]
    html = admin_client.get(preview).content.decode()
    assert "Every week on Monday, Wednesday, 6 times" in html
    assert "data-view-beacon" not in html  # nothing to count before the page exists
    assert not EventPage.objects.exists()
