"""Announcing conferences and training programmes: pages, status, listings, budgets."""

import datetime as dt
import json
import re
import zoneinfo
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.models import Organisation
from events.models import (
    EventLearningOutcome,
    EventOccurrence,
    EventOrganisation,
    EventPage,
    EventSession,
    EventSpeaker,
    EventStatus,
)

pytestmark = pytest.mark.django_db
KYIV = zoneinfo.ZoneInfo("Europe/Kyiv")


def test_training_programme_in_four_cities_is_one_page(client, event_indexes, event_factory, locales):
    ministry = Organisation.objects.create(name="Ministry of Communities", locale=locales["en"], url="https://min.example")
    esf = Organisation.objects.create(name="European Social Fund", locale=locales["en"])
    event = event_factory(
        event_indexes["en"],
        "Service design for municipal teams",
        kind="training",
        start_date=dt.date(2031, 4, 7),
        end_date=dt.date(2031, 6, 20),
        start_time=dt.time(10, 0),
        end_time=dt.time(17, 0),
        audience="Teams of 4–5 people from municipalities and NGOs",
        format="3 training days + 5 months of counselling",
        team_size="4–5 people",
        places="8–12 municipalities will be selected",
        deadline_date=dt.date(2031, 3, 1),
        apply_url="https://apply.example/form",
        occurrences=[
            EventOccurrence(city=city, venue="Library", start_date=dt.date(2031, 4, d), end_date=dt.date(2031, 4, d + 2))
            for city, d in (("Lviv", 7), ("Dnipro", 14), ("Odesa", 21), ("Kharkiv", 28))
        ],
        learning_outcomes=[EventLearningOutcome(text="Map a service journey"), EventLearningOutcome(text="Run a user test")],
        organisations=[
            EventOrganisation(organisation=ministry, role="commissioner"),
            EventOrganisation(organisation=esf, role="funder"),
        ],
    )

    html = client.get(event.url).content.decode()

    assert '<span class="event-kind">Training programme</span>' in html
    assert "7\xa0Apr\u202f–\u200920\xa0Jun\xa02031" in html and "10:00–17:00" in html and ">EEST</abbr>" in html
    for city in ("Lviv", "Dnipro", "Odesa", "Kharkiv"):
        assert f"<strong>{city}</strong>" in html
    assert "3 training days + 5 months of counselling" in html and "8–12 municipalities will be selected" in html
    assert "Free of charge" in html
    assert "1 March 2031, 23:59" in html and "Open for applications" in html
    assert 'href="https://apply.example/form" rel="noopener">Apply</a>' in html
    assert "Map a service journey" in html
    assert "<h2>Commissioned by</h2>" in html and "Ministry of Communities" in html and "<h2>Funder</h2>" in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "EducationEvent" and data["startDate"] == "2031-04-07T10:00:00+03:00"
    assert [place["address"]["addressLocality"] for place in data["location"]] == ["Lviv", "Dnipro", "Odesa", "Kharkiv"]
    assert data["offers"]["price"] == "0" and data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")


def test_times_are_entered_on_the_events_own_clock(event_indexes, event_factory):
    event = event_factory(
        event_indexes["en"],
        "Vilnius seminar",
        time_zone="Europe/Vilnius",
        start_date=dt.date(2031, 1, 15),
        start_time=dt.time(9, 30),
        end_time=dt.time(12, 0),
        deadline_date=dt.date(2031, 1, 10),
    )

    assert event.starts_at == dt.datetime(2031, 1, 15, 7, 30, tzinfo=dt.UTC)
    assert event.ends_at == dt.datetime(2031, 1, 15, 10, 0, tzinfo=dt.UTC)
    assert event.deadline_at == dt.datetime(2031, 1, 10, 21, 59, tzinfo=dt.UTC)
    assert event.zone_abbreviation == "EET"


def test_paid_event_shows_its_cost_in_the_readers_language(client, event_indexes, event_factory):
    event = event_factory(
        event_indexes["uk"], "Платний семінар", slug="paid", is_free=False, cost_amount=Decimal("1500"), cost_currency="UAH"
    )
    assert "1\xa0500\xa0₴" in client.get(event.url).content.decode()


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2031, 2, 1, 12, tzinfo=KYIV), EventStatus.OPEN),
        (dt.datetime(2031, 3, 1, 23, 59, tzinfo=KYIV), EventStatus.OPEN),
        (dt.datetime(2031, 3, 2, 0, 1, tzinfo=KYIV), EventStatus.CLOSED),
        (dt.datetime(2031, 4, 8, 12, tzinfo=KYIV), EventStatus.ONGOING),
        (dt.datetime(2031, 4, 10, 0, 0, tzinfo=KYIV), EventStatus.PAST),
    ],
)
def test_status_follows_the_deadline_and_dates(event_indexes, event_factory, now, expected):
    event = event_factory(
        event_indexes["en"],
        "Status",
        start_date=dt.date(2031, 4, 7),
        end_date=dt.date(2031, 4, 9),
        deadline_date=dt.date(2031, 3, 1),
    )
    assert event.status(now) == expected


def test_event_without_deadline_is_upcoming_then_past(event_indexes, event_factory):
    event = event_factory(event_indexes["en"], "No deadline", start_date=dt.date(2031, 5, 5))
    assert event.status(dt.datetime(2031, 5, 1, tzinfo=KYIV)) == EventStatus.UPCOMING
    assert event.status(dt.datetime(2031, 5, 7, tzinfo=KYIV)) == EventStatus.PAST


def test_editor_gets_clear_validation_messages(event_indexes):
    event = EventPage(
        title="Bad", slug="bad", summary="s", start_date=dt.date(2031, 5, 5), end_date=dt.date(2031, 5, 1), is_free=False
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error.value.message_dict["end_date"] == ["The end cannot be before the start."]
    assert error.value.message_dict["cost_amount"] == ["Enter the cost, or tick “free of charge”."]


def test_index_shows_upcoming_first_and_past_on_request(client, event_indexes, event_factory):
    today = timezone.localdate()
    event_factory(event_indexes["en"], "Next month", start_date=today + dt.timedelta(days=30))
    event_factory(event_indexes["en"], "Next week", start_date=today + dt.timedelta(days=7))
    event_factory(event_indexes["en"], "Last year", start_date=today - dt.timedelta(days=365))

    upcoming = client.get("/en/events/").content.decode()
    past = client.get("/en/events/?when=past").content.decode()

    assert re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', upcoming) == ["Next week", "Next month"]
    assert re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', past) == ["Last year"]
    assert "Past event" in past


def test_index_filters_by_kind_city_tag_and_month(client, event_indexes, event_factory, tags):
    start = timezone.localdate() + dt.timedelta(days=40)
    event_factory(
        event_indexes["en"],
        "Webinar on data",
        kind="webinar",
        tags=[tags["open-data"]],
        start_date=start,
        occurrences=[EventOccurrence(online_url="https://meet.example/x", start_date=start)],
    )
    event_factory(
        event_indexes["en"],
        "Conference in Lviv",
        kind="conference",
        start_date=start + dt.timedelta(days=40),
        occurrences=[EventOccurrence(city="Lviv", start_date=start + dt.timedelta(days=40))],
    )

    def titles(query):
        return re.findall(
            r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a>', client.get(f"/en/events/{query}").content.decode()
        )

    assert titles("?kind=webinar") == ["Webinar on data"]
    assert titles("?city=lviv") == ["Conference in Lviv"]
    assert titles("?tag=open-data") == ["Webinar on data"]
    assert titles(f"?month={start:%Y-%m}") == ["Webinar on data"]
    assert "online" in client.get("/en/events/?kind=webinar").content.decode()

    # The calendar subscription takes the same filters, and a tag page keeps the other filters.
    def calendar_titles(query):
        return re.findall(r"SUMMARY:(.+?)\r\n", client.get(f"/en/events/ical/{query}").content.decode())

    assert calendar_titles("?kind=webinar") == ["Webinar on data"]
    assert calendar_titles("?city=Lviv") == ["Conference in Lviv"]
    assert calendar_titles("?tag=open-data&kind=conference") == []
    assert client.get("/en/events/ical/?kind=party").status_code == 404
    assert titles("tag/open-data/?kind=conference") == []
    assert titles("tag/open-data/?kind=webinar") == ["Webinar on data"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?kind=party", 404),
        ("?month=2023-13", 404),
        ("?month=abc", 404),
        ("?month=0000-01", 404),
        ("?tag=nope", 404),
        ("?page=abc", 200),
        ("?page=-1", 404),
        ("?page=99999", 404),
        ("?when=sometime", 200),
        ("?city=%3Cscript%3Ealert(1)%3C/script%3E", 200),
        ("?city=" + "x" * 10000, 200),
        ("ical/?past=yes", 200),
    ],
)
def test_bad_event_listing_parameters_never_give_500(client, event_indexes, event_factory, query, status):
    event_factory(event_indexes["en"], "Only")
    response = client.get(f"/en/events/{query}")
    assert response.status_code == status
    assert b"<script>alert(1)" not in response.content


def test_reports_from_the_event_are_listed_automatically(client, event_indexes, event_factory, news_indexes, article_factory):
    event = event_factory(event_indexes["en"], "Mini-conference")
    article_factory(news_indexes["en"], "What the mini-conference decided", related_event=event)
    article_factory(news_indexes["en"], "Unrelated")

    html = client.get(event.url).content.decode()

    assert "Reports from this event" in html and "What the mini-conference decided" in html and "Unrelated" not in html


def test_event_page_costs_constant_queries(client, event_indexes, event_factory, locales, django_assert_max_num_queries):
    org = Organisation.objects.create(name="Org", locale=locales["en"])

    def build(n, slug):
        start = dt.date(2031, 9, 1)
        return event_factory(
            event_indexes["en"],
            slug,
            slug=slug,
            start_date=start,
            occurrences=[EventOccurrence(city=f"City {i}", start_date=start) for i in range(n)],
            sessions=[EventSession(day=start, title=f"Session {i}", start_time=dt.time(9 + i % 8)) for i in range(n)],
            speakers=[EventSpeaker(name=f"Speaker {i}") for i in range(n)],
            learning_outcomes=[EventLearningOutcome(text=f"Outcome {i}") for i in range(n)],
            organisations=[
                EventOrganisation(organisation=org, role=role) for role in ("organiser", "funder", "partner")[: max(1, n // 3)]
            ],
        )

    small, big = build(1, "small-event"), build(9, "big-event")
    for event in (small, big):
        client.get(event.url)

    with django_assert_max_num_queries(25) as small_queries:
        client.get(small.url)
    with django_assert_max_num_queries(25) as big_queries:
        client.get(big.url)
    assert len(big_queries) == len(small_queries)


def test_event_index_costs_constant_queries(client, event_indexes, event_factory, django_assert_max_num_queries):
    event_factory(event_indexes["en"], "First")
    client.get("/en/events/")
    with django_assert_max_num_queries(15) as few:
        client.get("/en/events/")
    for i in range(11):
        event_factory(
            event_indexes["en"],
            f"More {i}",
            occurrences=[EventOccurrence(city=f"C{i}", start_date=timezone.localdate() + dt.timedelta(days=9))],
        )
    client.get("/en/events/")
    with django_assert_max_num_queries(15) as many:
        client.get("/en/events/")
    assert len(many) == len(few)


def test_deadline_soon_lists_only_open_calls_of_the_visitors_language(event_indexes, event_factory):
    from django.template import Context, Template
    from django.utils import translation

    soon = timezone.localdate() + dt.timedelta(days=5)
    event_factory(event_indexes["en"], "Call closing soon", deadline_date=soon, start_date=soon + dt.timedelta(days=20))
    event_factory(
        event_indexes["en"],
        "Call closing later",
        deadline_date=soon + dt.timedelta(days=60),
        start_date=soon + dt.timedelta(days=90),
    )
    event_factory(
        event_indexes["uk"], "Український конкурс", slug="uk-call", deadline_date=soon, start_date=soon + dt.timedelta(days=20)
    )

    with translation.override("en"):
        html = Template("{% load event_tags %}{% deadlines_soon %}").render(Context({}))

    assert "Call closing soon" in html and "Apply by" in html
    assert "Call closing later" not in html and "Український конкурс" not in html


def test_tag_links_on_an_event_lead_to_the_events_of_that_topic(client, event_indexes, event_factory, tags):
    tagged = event_factory(event_indexes["en"], "Youth forum", tags=[tags["youth"]])
    event_factory(event_indexes["en"], "Budget seminar")

    html = client.get(tagged.url).content.decode()
    assert 'href="/en/events/tag/youth/" rel="tag">Youth</a>' in html

    listing = client.get("/en/events/tag/youth/").content.decode()
    assert "Events tagged “Youth”" in listing and "Youth forum" in listing and "Budget seminar" not in listing
    assert client.get("/en/events/tag/unknown/").status_code == 404


# --- one set of date rules (events.span) for the page, the calendar, JSON-LD and the importer ---
def json_ld_of(client, page):
    html = client.get(page.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_a_whole_day_event_is_dated_not_timed_everywhere(client, event_indexes, event_factory):
    event = event_factory(event_indexes["en"], "Open day", start_date=dt.date(2031, 6, 1), end_date=dt.date(2031, 6, 2))

    assert event.ends_at == dt.datetime(2031, 6, 3, tzinfo=KYIV)  # over at midnight after the last day
    data = json_ld_of(client, event)
    assert (data["startDate"], data["endDate"]) == ("2031-06-01", "2031-06-02")
    ics = client.get(event.url + "ical/").content.decode()
    assert "DTSTART;VALUE=DATE:20310601" in ics and "DTEND;VALUE=DATE:20310603" in ics


def test_an_open_end_has_a_start_time_and_no_end(client, event_indexes, event_factory):
    event = event_factory(
        event_indexes["en"], "Night of museums", start_date=dt.date(2031, 5, 17), start_time=dt.time(18, 0), open_end=True
    )

    assert event.ends_at == dt.datetime(2031, 5, 18, tzinfo=KYIV)
    data = json_ld_of(client, event)
    # Listings treat it as over at midnight; search engines are told no end rather than a made-up one.
    assert data["startDate"] == "2031-05-17T18:00:00+03:00"
    assert "endDate" not in data


def test_a_timed_event_gives_times_with_the_events_offset(client, event_indexes, event_factory):
    event = event_factory(
        event_indexes["en"],
        "Tallinn workshop",
        time_zone="Europe/Tallinn",
        start_date=dt.date(2031, 1, 20),
        start_time=dt.time(9, 0),
        end_time=dt.time(13, 30),
    )
    data = json_ld_of(client, event)
    assert (data["startDate"], data["endDate"]) == ("2031-01-20T09:00:00+02:00", "2031-01-20T13:30:00+02:00")


def test_venue_dates_are_checked_like_the_events_own(event_indexes):
    occurrence = EventOccurrence(start_date=dt.date(2031, 5, 5), start_time=dt.time(14, 0), end_time=dt.time(9, 0))
    with pytest.raises(ValidationError) as error:
        occurrence.clean()
    assert error.value.message_dict["end_time"] == ["The end cannot be before the start."]
    occurrence = EventOccurrence(start_date=dt.date(2031, 5, 5), end_time=dt.time(9, 0))
    with pytest.raises(ValidationError) as error:
        occurrence.clean()
    assert "start_time" in error.value.message_dict


@pytest.mark.parametrize(
    ("start", "end", "whole_day", "open_end", "fields"),
    [
        # A whole day that the old system ends at midnight, or at 23:59:59, is one day.
        ("2031-03-01T00:00", "2031-03-02T00:00", True, False, (dt.date(2031, 3, 1), None, None, None)),
        ("2031-03-01T00:00", "2031-03-01T23:59:59", True, False, (dt.date(2031, 3, 1), None, None, None)),
        ("2031-03-01T00:00", "2031-03-04T00:00", True, False, (dt.date(2031, 3, 1), None, dt.date(2031, 3, 3), None)),
        # Timed, over two days; an end before the start on the same day is no end; an open end keeps no end time.
        (
            "2031-03-01T18:00",
            "2031-03-02T02:30",
            False,
            False,
            (dt.date(2031, 3, 1), dt.time(18, 0), dt.date(2031, 3, 2), dt.time(2, 30)),
        ),
        ("2031-03-01T18:00", "2031-03-01T09:00", False, False, (dt.date(2031, 3, 1), dt.time(18, 0), None, None)),
        ("2031-03-01T18:00", "2031-03-01T22:00", False, True, (dt.date(2031, 3, 1), dt.time(18, 0), None, None)),
    ],
)
def test_imported_moments_become_what_an_organiser_would_enter(start, end, whole_day, open_end, fields):
    from events.span import EventSpan

    moments = [dt.datetime.fromisoformat(value).replace(tzinfo=KYIV) for value in (start, end)]
    span = EventSpan.from_moments(*moments, "Europe/Kyiv", whole_day=whole_day, open_end=open_end)
    assert (span.start_date, span.start_time, span.end_date, span.end_time) == fields
