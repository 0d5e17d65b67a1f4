"""A project profile and the projects listing in a real browser, in two languages."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from core.demo.pages import translation
from core.models import Organisation
from projects.models import ProjectCommunity, ProjectComponent, ProjectOrganisation, ProjectResult, Region
from tests.browser.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def project(project_indexes, project_factory, locales):
    donor = Organisation.objects.create(name="Council for Regional Democracy", slug="crd", locale=locales["en"])
    region = Region.objects.create(name="Kharkiv oblast", locale=locales["en"])
    today = timezone.localdate()
    english = project_factory(
        project_indexes["en"],
        "Accessible service centres",
        slug="accessible-service-centres",
        start_date=today - dt.timedelta(days=200),
        end_date=today + dt.timedelta(days=200),
        budget_amount=Decimal("2266000"),
        budget_currency="UAH",
        contact_name="Olena Bondar",
        contact_email="olena@ocn.example",
        organisations=[ProjectOrganisation(organisation=donor, role="donor")],
        communities=[ProjectCommunity(name="Lozova", region=region), ProjectCommunity(name="Zlatopil", region=region)],
        components=[ProjectComponent(text="<p>Mobile offices</p>")],
        results=[ProjectResult(text="<p>Waiting time halved</p>")],
    )
    translation(english, project_indexes["uk"].locale, title="Доступні центри надання послуг")
    return english


def test_visitor_writes_to_the_contact_person(live_server, project, tab):
    tab.goto(f"{live_server.url}{project.url}")

    assert tab.locator("h1").inner_text() == "Accessible service centres"
    link = tab.get_by_role("link", name="olena@ocn.example")
    assert link.is_visible()
    assert link.get_attribute("href") == "mailto:olena@ocn.example"
    assert tab.locator(".geography__list dt").first.inner_text() == "Kharkiv oblast"


def test_visitor_filters_projects_without_javascript(live_server, project, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en/projects/")
        page.select_option("select[name=status]", "active")
        page.select_option("select[name=region]", "kharkiv-oblast")
        page.get_by_role("button", name="Show").click()
        page.wait_for_url("**/en/projects/?*region=kharkiv-oblast*")
        assert page.locator(".card__title").all_inner_texts() == ["Accessible service centres"]
        assert page.locator(".totals").inner_text() == "1 project, 1 active"
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "uk"])
def test_project_page_and_index_are_accessible(live_server, project, tab, language):
    from wagtail.models import Locale

    page = project.get_translation(Locale.objects.get(language_code=language))
    tab.goto(f"{live_server.url}{page.url}")
    assert tab.locator("html").get_attribute("lang") == language
    assert_accessible(tab)
    tab.goto(f"{live_server.url}{page.get_parent().url}")
    assert_accessible(tab)
