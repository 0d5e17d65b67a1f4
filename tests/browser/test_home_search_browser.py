"""A visitor lands on the home page, searches, opens a result and switches language — in Chromium."""

import pytest

from core.demo.pages import translation
from tests.browser.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(news_indexes, article_factory, tags, locales):
    english = article_factory(
        news_indexes["en"],
        "Residents vote on the school budget",
        slug="school-budget-vote",
        lead="Participatory budgeting comes to Lozova.",
        tags=[tags["youth"]],
    )
    translation(english, locales["uk"], title="Мешканці голосують за бюджет школи", slug="holosuvannia-za-biudzhet")
    return english


def test_visitor_searches_opens_a_result_and_switches_language(live_server, article, tab):
    tab.goto(f"{live_server.url}/en/")
    tab.get_by_role("searchbox", name="Search the portal").fill("budget")
    tab.get_by_role("button", name="Search").first.click()
    tab.wait_for_url("**/en/search/?q=budget")

    assert tab.locator(".totals").inner_text() == "1 result for “budget”"
    assert tab.locator(".search-result__excerpt mark").first.inner_text().lower() == "budget"
    tab.get_by_role("link", name="Residents vote on the school budget").click()
    tab.wait_for_url(f"**{article.url}")

    tab.get_by_role("navigation", name="Language").get_by_role("link", name="Українська").click()
    tab.wait_for_url("**/uk/news/holosuvannia-za-biudzhet/")
    assert tab.locator("h1").inner_text() == "Мешканці голосують за бюджет школи"
    assert tab.locator("html").get_attribute("lang") == "uk"


@pytest.mark.parametrize("language", ["en", "uk", "et", "lt"])
def test_home_and_search_are_accessible_in_every_language(live_server, article, tab, language):
    tab.goto(f"{live_server.url}/{language}/")
    assert tab.locator("html").get_attribute("lang") == language
    assert_accessible(tab)
    tab.goto(f"{live_server.url}/{language}/search/?q=budget")
    assert_accessible(tab)
    tab.goto(f"{live_server.url}/{language}/search/?q=nothing-at-all-here")
    assert_accessible(tab)
