"""Events people put in their calendars, subscribe to, find in search results and apply to in time.

A reader of an event page adds it to Google Calendar, Outlook.com or Microsoft 365 with one link
(or downloads the .ics file), a reader of the events listing subscribes to the events the filters
show, a search engine reads what the event offers and teaches, the organisers are shown by name and
logo, and calls closing soon are announced on the listing and the home page.
"""

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from core.models import Organisation
from tests.conformance import structured_data
from tests.conformance.documents import Document

pytestmark = pytest.mark.django_db

START = dt.date(2031, 10, 14)  # a Tuesday, in Kyiv's summer time (EEST, UTC+3)


# --- helpers ------------------------------------------------------------------------------------


def tree_of(response):
    assert response.status_code == 200
    return lxml_html.document_fromstring(response.content.decode())


def calendar_links(client, event):
    """``{label: href}`` of the event page's "Add to calendar" disclosure."""
    tree = tree_of(client.get(event.url))
    (details,) = tree.xpath('//details[contains(@class, "add-to-calendar")]')
    return {" ".join(link.text_content().split()): link.get("href") for link in details.iter("a")}


def link_to(links, label):
    """The link whose label starts with ``label``, split into its address and its parameters."""
    (href,) = [href for text, href in links.items() if text.startswith(label)]
    parts = urlsplit(href)
    values = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert all(len(value) == 1 for value in values.values()), f"a parameter given twice in {href}"
    return f"{parts.scheme}://{parts.netloc}{parts.path}", {name: value[0] for name, value in values.items()}


def json_ld(response):
    """The page's own schema.org node (the first script; the second is its breadcrumbs)."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(scripts[0])


def logo(title, palette="blue"):
    from core.demo.images import ensure_image

    return ensure_image(title, key=title, palette=palette, kind="logo")


def organisation(locales, name, **fields):
    return Organisation.objects.create(name=name, locale=locales["en"], **fields)


# --- 1. "Add to calendar" -----------------------------------------------------------------------


def test_a_whole_day_event_goes_into_each_calendar_as_whole_days(client, event_indexes, event_factory):
    from events.models import EventOccurrence

    event = event_factory(
        event_indexes["en"],
        "Community budgeting days",
        start_date=dt.date(2031, 9, 1),
        end_date=dt.date(2031, 9, 2),
        summary="Two days of workshops.",
        occurrences=[EventOccurrence(city="Kyiv", venue="City hall", address="Khreshchatyk 36")],
    )

    links = calendar_links(client, event)

    address, google = link_to(links, "Google Calendar")
    assert address == "https://calendar.google.com/calendar/render"
    assert google["action"] == "TEMPLATE" and google["text"] == "Community budgeting days"
    assert google["dates"] == "20310901/20310903"  # the day after the last one: the end is exclusive
    assert google["location"] == "City hall, Khreshchatyk 36, Kyiv"
    assert google["details"] == f"Two days of workshops.\n\nhttp://testserver{event.url}"
    assert "recur" not in google
    for label, host in (("Outlook.com", "outlook.live.com"), ("Microsoft 365", "outlook.office.com")):
        address, outlook = link_to(links, label)
        assert address == f"https://{host}/calendar/0/action/compose"
        assert outlook == {
            "subject": "Community budgeting days",
            "startdt": "2031-09-01",
            "enddt": "2031-09-03",
            "allday": "true",
            "location": "City hall, Khreshchatyk 36, Kyiv",
            "body": f"Two days of workshops.\n\nhttp://testserver{event.url}",
        }


def test_a_timed_event_in_kyiv_keeps_its_clock_in_google_and_its_moment_in_outlook(client, event_indexes, event_factory):
    event = event_factory(
        event_indexes["en"],
        "Evening seminar",
        start_date=START,
        start_time=dt.time(18, 30),
        end_time=dt.time(20, 0),
        time_zone="Europe/Kyiv",
    )

    links = calendar_links(client, event)

    _address, google = link_to(links, "Google Calendar")
    assert google["dates"] == "20311014T183000/20311014T200000" and google["ctz"] == "Europe/Kyiv"
    _address, outlook = link_to(links, "Outlook.com")
    assert (outlook["startdt"], outlook["enddt"], outlook["allday"]) == ("2031-10-14T15:30:00Z", "2031-10-14T17:00:00Z", "false")
    _address, office = link_to(links, "Microsoft 365")
    assert office == outlook


def test_a_title_with_ampersands_hashes_quotes_cyrillic_and_new_lines_survives_every_link(client, event_indexes, event_factory):
    from events.models import EventOccurrence

    title = 'Q&A #2: "Бюджет участі" — who\'s <in>?'
    summary = "Line one & more\nLine two: 100% #open"
    event = event_factory(
        event_indexes["en"],
        title,
        slug="qa-budget",
        summary=summary,
        start_date=START,
        start_time=dt.time(10),
        occurrences=[EventOccurrence(city="Біла Церква", venue='Hall "A" & B', address="вул. Ярослава Мудрого, 2")],
    )

    response = client.get(event.url)
    links = calendar_links(client, event)

    place = 'Hall "A" & B, вул. Ярослава Мудрого, 2, Біла Церква'
    for label, title_key, details_key in (
        ("Google Calendar", "text", "details"),
        ("Outlook.com", "subject", "body"),
        ("Microsoft 365", "subject", "body"),
    ):
        _address, values = link_to(links, label)
        assert values[title_key] == title and values["location"] == place
        assert values[details_key] == f"{summary}\n\nhttp://testserver{event.url}"
    raw = response.content.decode()
    hrefs = re.findall(r'<a href="(https://(?:calendar\.google|outlook)[^"]*)"', raw)
    assert len(hrefs) == 3
    for href in hrefs:
        # Nothing a URL or an HTML attribute would misread: percent-encoded, the separators escaped.
        assert not re.search(r'[\s"<>#\'Б-я]', href) and "&amp;" in href and re.search(r"&(?!amp;)", href) is None


def test_a_weekly_seminar_goes_to_google_as_its_series_and_to_outlook_as_its_next_date(client, event_indexes, event_factory):
    today = timezone.localdate()
    first = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=3)  # a Monday three weeks ago
    event = event_factory(
        event_indexes["en"],
        "Monday data clinic",
        start_date=first,
        start_time=dt.time(17),
        end_time=dt.time(18),
        repeat="weekly",
        repeat_count=10,
    )
    assert event.recurrence_rule.startswith("FREQ=WEEKLY")
    next_date = event.next_span.start_date
    assert next_date > first

    html = client.get(event.url).content.decode()
    links = calendar_links(client, event)

    _address, google = link_to(links, "Google Calendar")
    assert google["recur"] == f"RRULE:{event.recurrence_rule}"
    assert google["dates"] == f"{first:%Y%m%d}T170000/{first:%Y%m%d}T180000"
    for label in ("Outlook.com", "Microsoft 365"):
        _address, outlook = link_to(links, label)
        assert outlook["startdt"].startswith(next_date.isoformat()) and "recur" not in outlook
    assert "Outlook adds the next date only" in html


def test_the_calendar_choices_open_without_javascript_and_load_nothing_from_elsewhere(client, event_indexes, event_factory):
    event = event_factory(event_indexes["en"], "Open forum", start_date=START)

    tree = tree_of(client.get(event.url))

    (details,) = tree.xpath('//details[contains(@class, "add-to-calendar")]')
    summary = details.find("summary")
    assert summary is not None and summary.text_content().strip() == "Add to calendar"
    labels = [" ".join(link.text_content().split()) for link in details.iter("a")]
    assert labels[0].startswith("Download .ics") and labels[1:] == ["Google Calendar", "Outlook.com", "Microsoft 365"]
    ics = details.xpath(".//a[@download]")[0]
    assert ics.get("href") == f"{event.url}ical/"
    assert all("noopener" in link.get("rel", "") for link in details.iter("a") if link.get("href").startswith("https://"))
    assert not details.xpath(".//script")
    assert all(src.startswith("/static/") for src in tree.xpath("//script/@src"))


# --- 2. Subscribing to the listing ---------------------------------------------------------------


def subscription(tree):
    """``(webcal address, .ics address, help text)`` offered by an events listing."""
    (block,) = tree.xpath('//div[@class="calendar-subscription"]')
    webcal, ics = (link.get("href") for link in block.iter("a"))
    return webcal, ics, " ".join(block.xpath('string(.//p[@class="calendar-subscription__help"])').split())


def summaries(client, address):
    from icalendar import Calendar

    response = client.get(address.removeprefix("http://testserver"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return sorted({str(event["SUMMARY"]) for event in calendar.walk("VEVENT") if "deadline" not in str(event["SUMMARY"]).lower()})


def test_the_events_listing_offers_its_calendar_to_subscribe_to(client, event_indexes, event_factory):
    event_factory(event_indexes["en"], "Forum", start_date=START)

    webcal, ics, help_text = subscription(tree_of(client.get("/en/events/")))

    assert webcal == "webcal://testserver/en/events/ical/"
    assert ics == "http://testserver/en/events/ical/"
    assert "calendar app" in help_text and "from URL" in help_text
    assert summaries(client, ics) == ["Forum"]


def test_a_subscription_keeps_the_filters_the_listing_shows(client, event_indexes, event_factory):
    from events.models import EventOccurrence

    def held_in(city):
        return [EventOccurrence(city=city, venue="Hall")]

    event_factory(event_indexes["en"], "Lviv training", kind="training", start_date=START, occurrences=held_in("Lviv"))
    event_factory(event_indexes["en"], "Lviv seminar", kind="seminar", start_date=START, occurrences=held_in("Lviv"))
    event_factory(event_indexes["en"], "Kyiv training", kind="training", start_date=START, occurrences=held_in("Kyiv"))
    later = START + dt.timedelta(days=62)
    event_factory(event_indexes["en"], "Later Lviv training", kind="training", start_date=later, occurrences=held_in("Lviv"))

    response = client.get("/en/events/?kind=training&city=lviv&month=2031-10&utm_source=mail")
    webcal, ics, help_text = subscription(tree_of(response))

    assert webcal == "webcal://testserver/en/events/ical/?kind=training&city=lviv&month=2031-10"
    assert ics == "http://testserver/en/events/ical/?kind=training&city=lviv&month=2031-10"
    assert "these filters show" in help_text
    assert 'href="webcal://testserver/en/events/ical/?kind=training&amp;city=lviv&amp;month=2031-10"' in response.content.decode()
    assert summaries(client, ics) == ["Lviv training"]


def test_a_topic_page_offers_the_calendar_of_that_topic(client, event_indexes, event_factory, tags):
    event_factory(event_indexes["en"], "Youth seminar", kind="seminar", start_date=START, tags=[tags["youth"]])
    event_factory(event_indexes["en"], "Youth conference", kind="conference", start_date=START, tags=[tags["youth"]])
    event_factory(event_indexes["en"], "Open data seminar", kind="seminar", start_date=START, tags=[tags["open-data"]])

    webcal, ics, _help = subscription(tree_of(client.get("/en/events/tag/youth/?kind=seminar")))

    assert webcal == "webcal://testserver/en/events/ical/?kind=seminar&tag=youth"
    assert summaries(client, ics) == ["Youth seminar"]


def test_whatever_a_visitor_types_in_the_city_filter_stays_text_in_the_subscription(client, event_indexes, event_factory):
    from events.models import EventOccurrence

    city = 'Ivano-Frankivsk "<b>&amp;</b>" #1'
    event_factory(event_indexes["en"], "Oddly named venue", start_date=START, occurrences=[EventOccurrence(city=city)])

    response = client.get("/en/events/", {"city": city})
    webcal, ics, _help = subscription(tree_of(response))

    assert "<b>" not in response.content.decode().split('class="calendar-subscription"')[1]
    query = parse_qs(urlsplit(ics).query)
    assert query == {"city": [city]} and webcal == "webcal://" + ics.removeprefix("http://")
    assert summaries(client, ics) == ["Oddly named venue"]


# --- 3. What search engines read ----------------------------------------------------------------


def test_a_training_with_open_applications_is_an_education_event_search_engines_can_offer(
    client, event_indexes, event_factory, locales
):
    from events.models import EventLearningOutcome, EventOccurrence, EventOrganisation, EventSpeaker

    school = organisation(locales, "School of Public Service", url="https://school.example", logo=logo("School logo"))
    fund = organisation(locales, "Civic Fund", logo=logo("Fund logo", "green"))
    today = timezone.localdate()
    event = event_factory(
        event_indexes["en"],
        "Service design school",
        kind="training",
        start_date=today + dt.timedelta(days=40),
        start_time=dt.time(10),
        end_time=dt.time(17),
        deadline_date=today + dt.timedelta(days=10),
        is_free=False,
        cost_amount=120,
        cost_currency="EUR",
        occurrences=[EventOccurrence(city="Kyiv", venue="Hub", address="Sichovykh Striltsiv 1", country="UA")],
        learning_outcomes=[
            EventLearningOutcome(text="Map a service journey", sort_order=0),
            EventLearningOutcome(text="Test with residents", sort_order=1),
        ],
        speakers=[
            EventSpeaker(name="Olha Melnyk", role="Trainer", organisation="Design Lab", sort_order=0),
            EventSpeaker(name="Jaan Tamm", sort_order=1),
        ],
        organisations=[
            EventOrganisation(organisation=school, role="organiser", sort_order=0),
            EventOrganisation(organisation=fund, role="funder", sort_order=1),
        ],
    )

    data = json_ld(client.get(event.url))

    assert data["@type"] == "EducationEvent"
    assert data["teaches"] == ["Map a service journey", "Test with residents"]
    assert data["offers"] == {
        "@type": "Offer",
        "price": "120.00",
        "priceCurrency": "EUR",
        "url": f"http://testserver{event.url}",
        "availability": "https://schema.org/InStock",
        "validFrom": event.first_published_at.isoformat(),
        "validThrough": event.deadline_at.isoformat(),
    }
    (organiser,) = data["organizer"]  # the funder is not an organiser
    assert organiser["name"] == "School of Public Service" and organiser["url"] == "https://school.example"
    assert re.fullmatch(r"http://testserver/media/images/.+\.png", organiser["logo"])
    assert data["location"][0]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Sichovykh Striltsiv 1",
        "addressLocality": "Kyiv",
        "addressCountry": "UA",
    }
    assert data["performer"] == [
        {
            "@type": "Person",
            "name": "Olha Melnyk",
            "jobTitle": "Trainer",
            "affiliation": {"@type": "Organization", "name": "Design Lab"},
        },
        {"@type": "Person", "name": "Jaan Tamm"},
    ]


@pytest.mark.parametrize(
    ("kind", "starts_in", "deadline_in", "expected_type", "availability"),
    [
        ("conference", 20, None, "Event", "InStock"),  # no deadline, not over: one can still come
        ("workshop", 20, 5, "EducationEvent", "InStock"),  # applications open
        ("seminar", 20, -1, "Event", "SoldOut"),  # applications closed, the event still ahead
        ("training", -20, -30, "EducationEvent", "Discontinued"),  # over
    ],
)
def test_the_offer_says_whether_a_place_can_still_be_had(
    client, event_indexes, event_factory, kind, starts_in, deadline_in, expected_type, availability
):
    today = timezone.localdate()
    event = event_factory(
        event_indexes["en"],
        f"A {kind}",
        kind=kind,
        start_date=today + dt.timedelta(days=starts_in),
        deadline_date=today + dt.timedelta(days=deadline_in) if deadline_in is not None else None,
    )

    data = json_ld(client.get(event.url))

    assert data["@type"] == expected_type and data["offers"]["availability"] == f"https://schema.org/{availability}"
    assert "teaches" not in data  # no outcomes given: nothing is claimed
    offered = data["offers"]
    if "validThrough" in offered:
        assert dt.datetime.fromisoformat(offered["validFrom"]) <= dt.datetime.fromisoformat(offered["validThrough"])


def test_a_venue_without_a_country_gives_an_address_without_one(client, event_indexes, event_factory):
    event = event_factory(event_indexes["en"], "Forum", start_date=START)

    (place,) = json_ld(client.get(event.url))["location"]

    assert place["address"] == {"@type": "PostalAddress", "addressLocality": "Kyiv"}


def fake_event(node, **facts):
    html = f'<html lang="en"><head><script type="application/ld+json">{json.dumps(node)}</script></head></html>'
    return Document("fake", "en", "/en/e/", 200, "text/html", html.encode(), frozenset(), jsonld=("Event",), facts=facts)


def test_the_event_rules_catch_wrong_dates_missing_teaching_and_an_incomplete_offer():
    node = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Workshop",
        "startDate": "2031-10-14T10:00:00+03:00",
        "endDate": "2031-10-13T18:00:00+03:00",
        "location": {"@type": "VirtualLocation", "url": "https://meet.example/x"},
        "offers": {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "availability": "https://schema.org/Sold"},
    }

    problems = "\n".join(
        structured_data.problems(fake_event(node, whole_day=True, open_end=False, education=True, published=True))
    )

    assert "startDate '2031-10-14T10:00:00+03:00' of a whole-day event is not a date" in problems
    assert "endDate '2031-10-13T18:00:00+03:00' is before startDate" in problems
    assert "a training or workshop is an EducationEvent, not 'Event'" in problems
    assert "availability 'https://schema.org/Sold' is not an ItemAvailability" in problems
    assert "Event.offers: validFrom missing" in problems

    node |= {"@type": "EducationEvent", "startDate": "2031-10-14T10:00:00+03:00", "endDate": "2031-10-14T18:00:00+03:00"}
    node["offers"] |= {"availability": "https://schema.org/InStock", "validFrom": "2031-01-01T00:00:00Z"}
    problems = "\n".join(structured_data.problems(fake_event(node, open_end=True, education=True, has_outcomes=True)))

    assert "endDate '2031-10-14T18:00:00+03:00' of an event with no fixed end" in problems
    assert "EducationEvent: teaches missing" in problems
    assert "ItemAvailability" not in problems and "before" not in problems


@pytest.fixture(scope="module")
def demo_events(django_db_setup, django_db_blocker):
    """Every live event page of the demo (``manage.py load_demo``), fetched as a reader would, as
    conformance documents with what their JSON-LD must reflect. The home pages and the events are
    enough (the whole demo is tests/test_demo.py's). Loaded once for this file, inside a
    transaction rolled back straight after, like the conformance suite's portal."""
    from django.conf import settings
    from django.core.cache import cache
    from django.db import transaction
    from django.test import Client, override_settings
    from django.utils import translation
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core.demo import loader
    from core.demo.context import DemoContext
    from events.models import EventPage

    search = {name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    with django_db_blocker.unblock():
        try:
            # Readers' requests switch the active language; the fixture's own sentences stay English.
            with transaction.atomic(), translation.override("en"):
                with override_settings(WAGTAILSEARCH_BACKENDS=search), disable_reference_index_auto_update():
                    loader.load(DemoContext(), loader.installed_contributions("home", "events"))
                client = Client()
                documents = []
                for page in EventPage.objects.live().select_related("locale").order_by("path"):
                    response = client.get(page.url)
                    documents.append(
                        Document(
                            row=f"demo event {page.slug}",
                            language=page.locale.language_code,
                            path=page.url,
                            status=response.status_code,
                            content_type=response["Content-Type"],
                            body=response.content,
                            checks=frozenset(),
                            jsonld=("Event",),
                            has_image=bool(page.hero_image_id),
                            facts=structured_data.page_facts(page),
                        )
                    )
                transaction.set_rollback(True)
        finally:
            cache.clear()
    return documents


def test_every_demo_event_describes_itself_by_the_rules(demo_events):
    assert len(demo_events) >= 8 * 4  # every event of the demo, in four languages
    kinds = set()
    failures = []
    for document in demo_events:
        assert document.status == 200, document
        failures += [f"{document}: {problem}" for problem in structured_data.problems(document)]
        kinds.add(json.loads(structured_data.scripts_of(document.text)[0])["@type"])
    assert not failures, "\n".join(failures)
    assert kinds == {"Event", "EducationEvent"}
    # The demo exercises the rules: whole days, teaching with outcomes, published offers.
    assert any(document.facts["whole_day"] for document in demo_events)
    assert any(document.facts["education"] and document.facts["has_outcomes"] for document in demo_events)


# --- 4. Organisers, funders and partners by name and logo ------------------------------------------


def test_organisers_funders_and_partners_are_named_beside_their_logos(client, event_indexes, event_factory, locales):
    from events.models import EventOrganisation

    school = organisation(locales, "School of Public Service", url="https://school.example", logo=logo("School logo"))
    fund = organisation(locales, "Civic Fund", logo=logo("Fund logo", "green"))
    partner = organisation(locales, "Library Network")  # no logo: its name alone
    event = event_factory(
        event_indexes["en"],
        "Service design school",
        start_date=START,
        organisations=[
            EventOrganisation(organisation=school, role="organiser", sort_order=0),
            EventOrganisation(organisation=fund, role="funder", sort_order=1),
            EventOrganisation(organisation=partner, role="partner", sort_order=2),
        ],
    )

    tree = tree_of(client.get(event.url))

    blocks = {block.findtext("h2"): block for block in tree.xpath('//aside//section[@class="aside-block"]')}
    organiser, funder, partner_block = blocks["Organiser"], blocks["Funder"], blocks["Partner"]
    (link,) = organiser.xpath('.//a[@class="org-list__item"]')
    assert (
        link.get("href") == "https://school.example"
        and link.findtext('span[@class="org-list__name"]') == "School of Public Service"
    )
    for block, name in ((organiser, "School of Public Service"), (funder, "Civic Fund")):
        (img,) = block.xpath('.//img[@class="org-list__logo"]')
        # Named in text next to it, so the picture itself is decoration.
        assert img.get("alt") == "" and img.get("src").startswith("/media/images/") and int(img.get("width")) <= 160
        assert block.xpath('string(.//span[@class="org-list__name"])') == name
    assert (
        not partner_block.xpath(".//img") and partner_block.xpath('string(.//span[@class="org-list__name"])') == "Library Network"
    )


def test_an_event_with_many_logos_costs_the_same_queries_as_one_with_one(client, event_indexes, event_factory, locales):
    from events.models import EventOrganisation

    def event_with(n):
        organisations = [
            organisation(locales, f"Org {n}-{i}", logo=logo(f"Logo {n}-{i}", ("blue", "green")[i % 2])) for i in range(n)
        ]
        roles = ("organiser", "funder", "partner")
        links = [EventOrganisation(organisation=org, role=roles[i % 3], sort_order=i) for i, org in enumerate(organisations)]
        return event_factory(event_indexes["en"], f"Event with {n}", start_date=START, organisations=links)

    def queries(event):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(event.url).status_code == 200
        return len(captured)

    one, many = event_with(1), event_with(9)
    for event in (one, many):
        client.get(event.url)  # renditions made, and the site's chrome kept, as on a live site
    assert queries(one) == queries(many)


# --- 5. Deadlines soon ---------------------------------------------------------------------------


def deadlines(tree):
    return [" ".join(item.text_content().split()) for item in tree.xpath('//section[@class="deadlines"]//li')]


def test_calls_closing_within_a_month_are_announced_above_the_events_listing(client, event_indexes, event_factory):
    from wagtail.models import PageViewRestriction

    today = timezone.localdate()
    soon = today + dt.timedelta(days=6)
    event_factory(event_indexes["en"], "Call closing soon", deadline_date=soon, start_date=today + dt.timedelta(days=40))
    event_factory(
        event_indexes["en"],
        "Call closing later",
        deadline_date=today + dt.timedelta(days=45),
        start_date=today + dt.timedelta(days=60),
    )
    private = event_factory(
        event_indexes["en"], "Members-only call", deadline_date=soon, start_date=today + dt.timedelta(days=40)
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    tree = tree_of(client.get("/en/events/"))

    (heading,) = tree.xpath('//section[@class="deadlines"]/h2')
    assert heading.text == "Apply soon"
    (item,) = deadlines(tree)
    assert item.startswith("Call closing soon") and "Apply by" in item
    # A filtered view or the past events show what was asked for, nothing more.
    for address in ("/en/events/?kind=seminar", "/en/events/?when=past"):
        assert not deadlines(tree_of(client.get(address)))


def test_nothing_is_announced_when_no_call_closes_soon(client, event_indexes, event_factory):
    event_factory(event_indexes["en"], "Forum without a call", start_date=START)

    html = client.get("/en/events/").content.decode()

    assert 'class="deadlines"' not in html and "Apply soon" not in html


def test_the_home_page_announces_calls_closing_soon_with_its_upcoming_events(client, event_indexes, event_factory):
    today = timezone.localdate()
    call = event_factory(
        event_indexes["en"],
        "Call closing soon",
        deadline_date=today + dt.timedelta(days=3),
        start_date=today + dt.timedelta(days=30),
    )
    event_factory(
        event_indexes["uk"],
        "Український конкурс",
        slug="uk-call",
        deadline_date=today + dt.timedelta(days=3),
        start_date=today + dt.timedelta(days=30),
    )

    response = client.get("/en/")
    tree = tree_of(response)

    (section,) = tree.xpath('//section[@aria-labelledby="home-upcoming_events"]')
    (heading,) = section.xpath('.//section[@class="deadlines"]/h3')
    assert heading.text == "Apply soon"
    assert [item.split(" Apply by")[0] for item in deadlines(section)] == ["Call closing soon"]
    assert f"p:{call.path}" in response["xkey"].split()  # publishing the call purges the home page


def test_the_home_page_stays_within_ten_queries_with_calls_closing_soon(
    client, settings, event_indexes, event_factory, django_assert_max_num_queries
):
    from django.core.cache import cache

    settings.FRAGMENT_CACHE_SECONDS = 900
    cache.clear()
    today = timezone.localdate()
    for n in range(5):
        event_factory(
            event_indexes["en"],
            f"Call {n}",
            deadline_date=today + dt.timedelta(days=n + 1),
            start_date=today + dt.timedelta(days=30),
        )

    for _ in range(2):
        client.get("/en/")
    with django_assert_max_num_queries(10):
        assert len(deadlines(tree_of(client.get("/en/")))) == 3
