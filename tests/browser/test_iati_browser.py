"""A project's results and indicators in a real browser: on a phone, linked both ways, accessible."""

import pytest

from core.demo.pages import translation
from projects.models import ProjectResult
from tests.browser.axe import assert_accessible
from tests.test_iati_admin import results_stream

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def project(project_indexes, project_factory):
    stream = results_stream()
    indicator = stream[0][1]["indicators"][0]
    indicator["periods"][0]["comment"] = "Turnout in twelve partner communities, counted by the municipal election offices"
    english = project_factory(
        project_indexes["en"],
        "Open local budgets",
        slug="open-local-budgets",
        iati_identifier="UA-EDR-38427161-OPEN-LOCAL-BUDGETS-2025-PHASE-TWO",
        results=[ProjectResult(text="<p>Turnout rises</p>"), ProjectResult(text="<p>Budgets are public</p>")],
        iati_results=stream,
    )
    translation(english, project_indexes["uk"].locale, title="Відкриті місцеві бюджети")
    return english


@pytest.mark.parametrize("language", ["en", "uk"])
def test_results_fit_a_phone_and_pass_axe(live_server, project, tab, language):
    from wagtail.models import Locale

    page = project.get_translation(Locale.objects.get(language_code=language))
    tab.set_viewport_size({"width": 390, "height": 800})
    tab.goto(f"{live_server.url}{page.url}")

    assert tab.evaluate("document.documentElement.scrollWidth") <= 390, "the page is no wider than the phone"
    chart = tab.locator(".indicator-chart__svg").first
    assert chart.is_visible() and chart.bounding_box()["width"] <= 390
    assert chart.get_attribute("role") == "img"
    # A long table scrolls inside its own region, which the keyboard can reach.
    region = tab.get_by_role("region", name="Residents voting in local elections")
    assert region.get_attribute("tabindex") == "0"
    assert_accessible(tab)


def test_expected_result_and_its_measure_link_both_ways(live_server, project, tab):
    tab.goto(f"{live_server.url}{project.url}")

    tab.get_by_role("link", name="How it is measured").click()
    tab.wait_for_url("**#result-1")
    assert tab.locator("#result-1").is_visible()

    tab.get_by_role("link", name="Measures expected result 1").click()
    tab.wait_for_url("**#expected-result-1")
    assert "Turnout rises" in tab.locator("#expected-result-1").inner_text()
