"""Calendars get valid RFC 5545: one entry per venue, time zones that resolve, escaped text."""

import datetime as dt

import pytest
from icalendar import Calendar

from events.models import EventOccurrence

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


@pytest.fixture
def programme(event_indexes, event_factory):
    return event_factory(
        event_indexes["en"],
        "Training, with commas; and semicolons",
        slug="training-programme",
        kind="training",
        start_date=dt.date(2031, 4, 7),
        end_date=dt.date(2031, 4, 30),
        start_time=dt.time(10, 0),
        end_time=dt.time(16, 30),
        summary="Line one\nLine two, with a comma; and a semicolon <b>bold</b> " + "long " * 40,
        deadline_date=dt.date(2031, 3, 1),
        occurrences=[
            EventOccurrence(
                city="Lviv",
                venue="Hall A",
                address="1 Main St",
                start_date=dt.date(2031, 4, 7),
                start_time=dt.time(10),
                end_time=dt.time(16, 30),
            ),
            EventOccurrence(
                city="Odesa", venue="Hall B", start_date=dt.date(2031, 4, 14), start_time=dt.time(10), end_time=dt.time(16, 30)
            ),
            EventOccurrence(city="Tartu", venue="Town hall", start_date=dt.date(2031, 4, 28), end_date=dt.date(2031, 4, 29)),
        ],
    )


def test_event_calendar_has_one_vevent_per_venue_and_the_deadline(client, programme):
    response = client.get(f"{programme.url}ical/")
    calendar = parse(response)

    events = vevents(calendar)
    assert len(events) == 4
    assert response["Content-Disposition"] == 'attachment; filename="training-programme.ics"'
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    by_summary = {str(event["SUMMARY"]): event for event in events}
    lviv = by_summary["Training, with commas; and semicolons — Lviv"]
    assert lviv.decoded("DTSTART") == dt.datetime(2031, 4, 7, 10, 0, tzinfo=lviv.decoded("DTSTART").tzinfo)
    assert lviv["DTSTART"].params["TZID"] == "Europe/Kyiv"
    assert str(lviv["LOCATION"]) == "Hall A, 1 Main St, Lviv"
    assert str(lviv["URL"]) == "http://testserver/en/events/training-programme/"
    assert "Line two, with a comma; and a semicolon bold" in str(lviv["DESCRIPTION"])
    assert "<b>" not in str(lviv["DESCRIPTION"])
    assert "Application deadline: Training, with commas; and semicolons" in by_summary


def test_whole_day_sessions_use_date_values(client, programme):
    events = vevents(parse(client.get(f"{programme.url}ical/")))
    tartu = next(event for event in events if str(event["SUMMARY"]).endswith("Tartu"))
    assert tartu.decoded("DTSTART") == dt.date(2031, 4, 28)
    assert tartu.decoded("DTEND") == dt.date(2031, 4, 30)  # exclusive end: through the 29th


def test_every_tzid_has_a_vtimezone(client, programme):
    calendar = parse(client.get(f"{programme.url}ical/"))
    tzids = {event["DTSTART"].params["TZID"] for event in vevents(calendar) if "TZID" in event["DTSTART"].params}
    defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert tzids and tzids <= defined


def test_escaping_and_folding_follow_rfc5545(client, programme):
    raw = client.get(f"{programme.url}ical/").content
    assert b"SUMMARY:Training\\, with commas\\; and semicolons" in raw
    assert b"\\n" in raw  # newlines in text are escaped, not literal
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "long lines are folded"


def test_uids_are_stable_across_edits(client, programme):
    from core.demo.pages import publish

    before = {str(event["UID"]) for event in vevents(parse(client.get(f"{programme.url}ical/")))}
    programme.title = "Renamed programme"
    publish(programme)
    after = {str(event["UID"]) for event in vevents(parse(client.get(f"{programme.url}ical/")))}

    assert before == after
    assert all("http" not in uid for uid in before)


def test_index_calendar_lists_upcoming_or_past(client, event_indexes, event_factory):
    from django.utils import timezone

    today = timezone.localdate()
    event_factory(event_indexes["en"], "Soon", start_date=today + dt.timedelta(days=3))
    event_factory(event_indexes["en"], "Long ago", start_date=today - dt.timedelta(days=100))

    upcoming = {str(e["SUMMARY"]) for e in vevents(parse(client.get("/en/events/ical/")))}
    past = {str(e["SUMMARY"]) for e in vevents(parse(client.get("/en/events/ical/?past=1")))}

    assert upcoming == {"Soon"} and past == {"Long ago"}


def test_calendar_is_discoverable_from_the_event_page(client, programme):
    html = client.get(programme.url).content.decode()
    assert f'<link rel="alternate" type="text/calendar" title="{programme.title} (iCal)" href="{programme.url}ical/">' in html
    assert '<summary class="button button--ghost">Add to calendar</summary>' in html
    assert f'<a href="{programme.url}ical/" download>Download .ics' in html
