"""A visitor opens the portal in a real browser, switches language, and nothing blocks a screen reader."""

import pytest

from tests.browser.axe import assert_accessible
from tests.conftest import HOME_TITLES, LANGUAGE_CODES


@pytest.mark.django_db(transaction=True)
def test_visitor_switches_language_and_lands_on_the_translated_home(live_server, homes, tab):
    tab.goto(f"{live_server.url}/en/")
    assert tab.locator("html").get_attribute("lang") == "en"

    tab.get_by_role("navigation", name="Language").get_by_role("link", name="Українська").click()

    tab.wait_for_url(f"{live_server.url}/uk/")
    assert tab.locator("html").get_attribute("lang") == "uk"
    assert tab.locator("h1").inner_text() == HOME_TITLES["uk"]
    assert (
        tab.get_by_role("navigation", name="Мова").get_by_role("link", name="Українська").get_attribute("aria-current") == "true"
    )


@pytest.mark.django_db(transaction=True)
def test_skip_link_moves_focus_to_main_content(live_server, homes, tab):
    tab.goto(f"{live_server.url}/en/")
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    tab.keyboard.press("Enter")
    assert tab.evaluate("() => location.hash") == "#main-content"


@pytest.mark.django_db(transaction=True)
def test_home_has_no_serious_accessibility_violations_in_any_language(live_server, homes, tab):
    for code in LANGUAGE_CODES:
        tab.goto(f"{live_server.url}/{code}/")
        assert_accessible(tab)
