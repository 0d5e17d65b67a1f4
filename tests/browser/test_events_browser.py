"""An event page and the events listing in a real browser, in two languages."""

import datetime as dt

import pytest
from django.utils import timezone

from core.demo.pages import translation
from events.models import EventOccurrence, EventSession, EventSpeaker
from tests.browser.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def conference(event_indexes, event_factory):
    start = timezone.localdate() + dt.timedelta(days=20)
    event = event_factory(
        event_indexes["en"],
        "Mini-conference of service centre heads",
        slug="mini-conference",
        start_date=start,
        end_date=start + dt.timedelta(days=2),
        start_time=dt.time(9, 30),
        end_time=dt.time(17, 0),
        deadline_date=start - dt.timedelta(days=5),
        apply_url="https://apply.example/",
        occurrences=[
            EventOccurrence(city="Kyiv", venue="Congress hall", start_date=start, end_date=start + dt.timedelta(days=2))
        ],
        sessions=[
            EventSession(day=start, start_time=dt.time(9, 30), title="Opening"),
            EventSession(day=start, start_time=dt.time(11), title="Panel"),
        ],
        speakers=[EventSpeaker(name="Olha Melnyk", role="Head of centre")],
    )
    translation(event, event_indexes["uk"].locale, title="Міні-конференція керівників ЦНАП")
    return event


def test_visitor_reads_an_event_and_downloads_its_calendar(live_server, conference, tab):
    tab.goto(f"{live_server.url}{conference.url}")

    assert tab.locator("h1").inner_text() == "Mini-conference of service centre heads"
    assert tab.get_by_text("Open for applications").first.is_visible()
    assert tab.locator(".agenda__item").count() == 2
    tab.locator("summary", has_text="Add to calendar").click()
    with tab.expect_download() as download:
        tab.get_by_role("link", name="Download .ics").click()
    assert download.value.suggested_filename == "mini-conference.ics"


def test_visitor_filters_the_listing_without_javascript(live_server, conference, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/events/")
        page.select_option("select[name=city]", "Kyiv")
        page.get_by_role("button", name="Show").click()
        page.wait_for_url("**/en/events/?*city=Kyiv*")
        assert page.locator(".card__title").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "uk"])
def test_event_page_and_index_are_accessible(live_server, conference, tab, language):
    from wagtail.models import Locale

    event = conference.get_translation(Locale.objects.get(language_code=language))
    tab.goto(f"{live_server.url}{event.url}")
    assert tab.locator("html").get_attribute("lang") == language
    assert_accessible(tab)
    tab.goto(f"{live_server.url}{event.get_parent().url}")
    assert_accessible(tab)
