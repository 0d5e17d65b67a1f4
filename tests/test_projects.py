"""Donor-funded project profiles: status from the calendar, budgets per language, geography,
filters, and the news and events that name a project."""

import datetime as dt
import html as html_lib
import json
import re
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from core.demo.pages import publish
from core.demo.pages import translation as translate_page
from core.demo.shared import translated_snippet
from core.models import Organisation
from projects.models import (
    PeriodPrecision,
    ProjectCommunity,
    ProjectComponent,
    ProjectOrganisation,
    ProjectPage,
    ProjectResult,
    ProjectStatus,
    Region,
)

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.fixture
def council(locales):
    return Organisation.objects.create(
        name="Council of Europe", short_name="CoE", locale=locales["en"], url="https://coe.example"
    )


@pytest.fixture
def regions(locales):
    kharkiv = Region.objects.create(name="Kharkiv oblast", locale=locales["en"])
    poltava = Region.objects.create(name="Poltava oblast", locale=locales["en"])
    return {"kharkiv": kharkiv, "poltava": poltava}


def test_visitor_reads_a_full_project_profile(client, project_indexes, project_factory, council, regions, locales):
    implementer = Organisation.objects.create(
        name="Open Communities Network",
        locale=locales["en"],
        address="12 Lypova Street\nKyiv 01001",
        email="office@ocn.example",
    )
    project = project_factory(
        project_indexes["en"],
        "Accessible service centres",
        goal="Every resident can get an administrative service within 30 minutes of home.",
        start_date=dt.date(2017, 8, 14),
        end_date=dt.date(2017, 11, 3),
        period_precision=PeriodPrecision.MONTH,
        budget_amount=Decimal("2266000"),
        budget_currency="UAH",
        budget_eur=Decimal("74500"),
        budget_eur_rate_date=dt.date(2017, 8, 1),
        contact_name="Olena Bondar",
        contact_role="Project manager",
        contact_email="olena@ocn.example",
        contact_phone="+380 44 123 45 67",
        organisations=[
            ProjectOrganisation(organisation=council, role="donor"),
            ProjectOrganisation(organisation=implementer, role="implementer"),
        ],
        communities=[
            ProjectCommunity(name="Zlatopil", region=regions["kharkiv"]),
            ProjectCommunity(name="Lozova", region=regions["kharkiv"]),
            ProjectCommunity(name="Hadiach", region=regions["poltava"], latitude=Decimal("50.37"), longitude=Decimal("33.99")),
        ],
        components=[
            ProjectComponent(text="<p>Training for <b>front-desk</b> staff</p>"),
            ProjectComponent(text="<p>Mobile office</p>"),
        ],
        results=[ProjectResult(text="<p>Waiting time halved</p>")],
    )

    response = client.get(project.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Every resident can get an administrative service" in html
    assert "August\u202f–\u2009November\xa02017" in html
    assert 'href="https://coe.example" rel="noopener">Council of Europe</a>' in html
    assert "UAH\xa02,266,000" in html and "≈ €74,500 at the exchange rate of 1 August 2017" in html
    geography = html[html.index('id="geography-heading"') :]
    assert re.search(r"<dt>Kharkiv oblast</dt>\s*<dd><ul class=\"inline-list\"><li>Zlatopil</li><li>Lozova</li>", geography)
    assert "<dt>Poltava oblast</dt>" in geography and "<li>Hadiach</li>" in geography
    assert "<b>front-desk</b>" in html and "Waiting time halved" in html
    assert "<h2>Implemented by</h2>" in html and "12 Lypova Street<br>Kyiv 01001" in html
    # The contact address is clickable but not written out for harvesters.
    assert "olena@ocn.example" not in html and "office@ocn.example" not in html
    assert "mailto:olena@ocn.example" in html_lib.unescape(html)
    assert 'href="tel:+380441234567"' in html

    data = json_ld(html)
    assert data["@type"] == "Project"
    assert "inLanguage" not in data, "a Project (an Organization) has no language in schema.org"
    assert data["foundingDate"] == "2017-08-01" and data["dissolutionDate"] == "2017-11-30"
    assert data["funder"] == [{"@type": "Organization", "name": "Council of Europe", "url": "https://coe.example"}]
    assert data["funding"]["amount"] == {"@type": "MonetaryAmount", "value": "2266000.00", "currency": "UAH"}
    assert [area["name"] for area in data["areaServed"]] == ["Zlatopil", "Lozova", "Hadiach"]
    assert data["areaServed"][2]["geo"] == {"@type": "GeoCoordinates", "latitude": "50.370000", "longitude": "33.990000"}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2030, 2, 28), ProjectStatus.PLANNED),
        (dt.date(2030, 3, 1), ProjectStatus.ACTIVE),
        (dt.date(2030, 9, 30), ProjectStatus.ACTIVE),
        (dt.date(2030, 10, 1), ProjectStatus.COMPLETED),
    ],
)
def test_status_follows_the_calendar_and_is_never_stored(client, project_indexes, project_factory, today, expected):
    project = project_factory(
        project_indexes["en"],
        "Youth councils",
        start_date=dt.date(2030, 3, 9),
        end_date=dt.date(2030, 9, 2),
        period_precision=PeriodPrecision.MONTH,
    )
    with time_machine.travel(dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC), tick=False):
        assert ProjectPage.objects.get(pk=project.pk).current_status == expected
        listing = client.get(f"/en/projects/?status={expected.value}").content.decode()
        assert "Youth councils" in listing
        html = client.get(project.url).content.decode()
    assert f'<span class="status status--{expected.value}">{expected.label}</span>' in html


def test_open_ended_project_stays_active(project_indexes, project_factory):
    project = project_factory(project_indexes["en"], "Ongoing", start_date=dt.date(2020, 1, 1), end_date=None)
    assert project.status(today=dt.date(2099, 1, 1)) == ProjectStatus.ACTIVE


@pytest.mark.parametrize(
    ("language", "amount", "currency", "expected"),
    [
        ("uk", "2266000", "UAH", "2\xa0266\xa0000\xa0₴"),
        ("et", "2266000", "UAH", "2\xa0266\xa0000\xa0UAH"),
        ("lt", "2266000", "UAH", "2\xa0266\xa0000\xa0UAH"),
        ("en", "2266000", "UAH", "UAH\xa02,266,000"),
        ("en", "0", "EUR", "€0"),
        ("uk", "1500000", "JPY", "1\xa0500\xa0000\xa0¥"),
        ("lt", "1500000", "JPY", "1\xa0500\xa0000\xa0JPY"),
        ("et", "123456789012.50", "EUR", "123\xa0456\xa0789\xa0012,50\xa0€"),
    ],
)
def test_budget_is_written_the_way_each_language_writes_money(
    client, project_indexes, project_factory, language, amount, currency, expected
):
    english = project_factory(project_indexes["en"], "Budgeted", budget_amount=Decimal(amount), budget_currency=currency)
    page = english if language == "en" else translate_page(english, project_indexes[language].locale, title="Budgeted")

    html = client.get(page.url).content.decode()

    assert f'<span class="budget">{expected}</span>' in html


def test_month_precision_covers_whole_months(project_indexes, project_factory):
    project = project_factory(
        project_indexes["en"],
        "Months",
        start_date=dt.date(2017, 8, 20),
        end_date=dt.date(2018, 2, 3),
        period_precision=PeriodPrecision.MONTH,
    )
    assert (project.start_date, project.end_date) == (dt.date(2017, 8, 1), dt.date(2018, 2, 28))


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end_date": dt.date(2020, 1, 1)}, "end_date", "The project cannot end before it starts."),
        ({"budget_amount": Decimal(10), "budget_currency": "EUR", "budget_eur": Decimal(10)}, "budget_eur", "already in euro"),
        (
            {"budget_amount": Decimal(10), "budget_currency": "UAH", "budget_eur": Decimal(1)},
            "budget_eur_rate_date",
            "exchange rate",
        ),
        ({"budget_eur_rate_date": dt.date(2020, 1, 1)}, "budget_eur", "Enter the euro amount"),
        ({"budget_amount": Decimal(10), "budget_currency": ""}, "budget_currency", "Choose the currency"),
    ],
)
def test_editor_gets_clear_validation_messages(project_indexes, fields, field, message):
    project = ProjectPage(title="P", slug="p", goal="g", summary="s", start_date=dt.date(2021, 1, 1), **fields)
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert message in " ".join(error.value.message_dict[field])


def test_unknown_currency_and_half_coordinates_are_rejected(project_indexes):
    project = ProjectPage(
        title="P", slug="p", goal="g", summary="s", start_date=dt.date(2021, 1, 1), budget_amount=1, budget_currency="XYZ"
    )
    with pytest.raises(ValidationError) as error:
        project.full_clean(exclude=["path", "depth", "content_type", "locale", "translation_key"])
    assert "budget_currency" in error.value.message_dict
    community = ProjectCommunity(name="Lozova", latitude=Decimal("49.1"))
    with pytest.raises(ValidationError) as error:
        community.clean()
    assert error.value.message_dict["longitude"] == ["Enter both coordinates, or neither."]


@pytest.fixture
def portfolio(project_indexes, project_factory, council, regions, locales, tags):
    """Three English projects: active (CoE, Kharkiv), completed (EU, Poltava), planned (CoE)."""
    eu = Organisation.objects.create(name="EU Delegation", locale=locales["en"])
    today = timezone.localdate()
    active = project_factory(
        project_indexes["en"],
        "Active in Kharkiv",
        start_date=dt.date(today.year - 1, 1, 1),
        end_date=dt.date(today.year + 1, 12, 31),
        organisations=[ProjectOrganisation(organisation=council, role="donor")],
        communities=[ProjectCommunity(name="Lozova", region=regions["kharkiv"])],
        tags=[tags["youth"]],
    )
    completed = project_factory(
        project_indexes["en"],
        "Completed in Poltava",
        start_date=dt.date(2015, 3, 1),
        end_date=dt.date(2016, 6, 30),
        organisations=[ProjectOrganisation(organisation=eu, role="donor")],
        communities=[ProjectCommunity(name="Hadiach", region=regions["poltava"])],
    )
    planned = project_factory(
        project_indexes["en"],
        "Planned with the Council",
        start_date=dt.date(today.year + 2, 1, 1),
        organisations=[ProjectOrganisation(organisation=council, role="donor")],
    )
    return {"active": active, "completed": completed, "planned": planned, "eu": eu}


def titles(response):
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_listing_totals_and_sorting(client, portfolio):
    response = client.get("/en/projects/")
    html = response.content.decode()
    assert titles(response) == ["Planned with the Council", "Active in Kharkiv", "Completed in Poltava"]
    assert '<p class="totals" role="status">3 projects, 1 active</p>' in html
    assert titles(client.get("/en/projects/?order=oldest"))[0] == "Completed in Poltava"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=active", ["Active in Kharkiv"]),
        ("status=completed", ["Completed in Poltava"]),
        ("status=planned", ["Planned with the Council"]),
        ("donor=coe", ["Planned with the Council", "Active in Kharkiv"]),
        ("donor=eu-delegation", ["Completed in Poltava"]),
        ("region=kharkiv-oblast", ["Active in Kharkiv"]),
        ("year=2016", ["Completed in Poltava"]),
        ("year=2016&region=kharkiv-oblast", []),
        ("tag=youth", ["Active in Kharkiv"]),
        ("status=active&donor=coe", ["Active in Kharkiv"]),
    ],
)
def test_listing_filters(client, portfolio, query, expected):
    response = client.get(f"/en/projects/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    if not expected:
        assert "No projects match these filters." in response.content.decode()


def test_donor_page_lists_its_projects(client, portfolio):
    response = client.get("/en/projects/donor/coe/")
    html = response.content.decode()
    assert "Projects funded by Council of Europe" in html
    assert titles(response) == ["Planned with the Council", "Active in Kharkiv"]
    assert "2 projects, 1 active" in html
    assert client.get("/en/projects/donor/nobody/").status_code == 404
    profile = client.get(portfolio["active"].url).content.decode()
    assert 'href="/en/projects/donor/coe/">All projects of Council of Europe</a>' in profile


def test_a_shared_donor_page_previews_as_itself_not_as_the_projects_index(client, portfolio):
    html = client.get("/en/projects/donor/coe/?page=1").content.decode()

    assert '<link rel="canonical" href="http://testserver/en/projects/donor/coe/">' in html
    assert '<meta property="og:url" content="http://testserver/en/projects/donor/coe/">' in html
    assert '<meta property="og:title" content="Projects funded by Council of Europe">' in html
    assert "<title>Projects funded by Council of Europe ·" in html
    index_html = client.get("/en/projects/").content.decode()
    assert '<meta property="og:url" content="http://testserver/en/projects/">' in index_html


def test_region_filter_means_the_same_place_in_every_language(client, portfolio, project_indexes, regions, locales):
    ukrainian_region = translated_snippet(regions["kharkiv"], locales["uk"], name="Харківська область")
    assert ukrainian_region.slug == "kharkiv-oblast"
    ukrainian = translate_page(portfolio["active"], locales["uk"], title="Активний проєкт на Харківщині")
    ukrainian.communities.update(region=ukrainian_region)

    response = client.get("/uk/projects/?region=kharkiv-oblast")
    html = response.content.decode()

    assert titles(response) == ["Активний проєкт на Харківщині"]
    assert '<option value="kharkiv-oblast" selected>Харківська область</option>' in html
    assert "English" not in titles(response)
    assert "<dt>Харківська область</dt>" in client.get(ukrainian.url).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "status=finished",
        "donor=nobody",
        "region=atlantis",
        "year=abc",
        "year=0",
        "year=99999999999999999999",
        "tag=unknown",
        "page=999",
        "page=-1",
    ],
)
def test_bad_listing_parameters_are_404_never_500(client, portfolio, query):
    assert client.get(f"/en/projects/?{query}").status_code == 404


@pytest.mark.parametrize("query", ["page=abc", "order=sideways", "status=", "year=", "q=<script>alert(1)</script>"])
def test_harmless_listing_parameters_are_ignored(client, portfolio, query):
    response = client.get(f"/en/projects/?{query}")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_listing_shows_only_live_projects_of_its_language(client, project_indexes, project_factory):
    project_factory(project_indexes["en"], "Published English")
    project_factory(project_indexes["uk"], "Лише українською")
    draft = ProjectPage(title="Draft", slug="draft", goal="g", summary="s", start_date=dt.date(2020, 1, 1), live=False)
    project_indexes["en"].add_child(instance=draft)

    assert titles(client.get("/en/projects/")) == ["Published English"]
    assert titles(client.get("/uk/projects/")) == ["Лише українською"]


def test_news_and_events_that_name_the_project_appear_on_it(
    client, project_indexes, project_factory, news_indexes, article_factory, event_indexes, event_factory
):
    project = project_factory(project_indexes["en"], "Accessible service centres")
    article_factory(news_indexes["en"], "First mobile office opens", related_project=project)
    article_factory(news_indexes["en"], "Unrelated article")
    event_factory(event_indexes["en"], "Project closing conference", related_project=project)

    html = client.get(project.url).content.decode()

    assert "News about this project" in html and "First mobile office opens" in html and "Unrelated article" not in html
    assert "Events of this project" in html and "Project closing conference" in html
    article = client.get("/en/news/first-mobile-office-opens/").content.decode()
    assert f'<a href="{project.url}">Accessible service centres</a>' in article


def test_card_shows_period_regions_budget_and_donor_logo(client, portfolio, council):
    from core.demo.images import ensure_image

    council.logo = ensure_image("Council logo", key="test-council-logo", palette="blue", kind="logo")
    council.save()
    project = portfolio["active"]
    project.budget_amount, project.budget_currency = Decimal("150000"), "EUR"
    publish(project)

    html = client.get("/en/projects/?status=active").content.decode()

    card = html[html.index('class="card card--project"') :]
    assert "Kharkiv oblast" in card and "Budget: €150,000" in card
    assert re.search(
        r'<li><img src="[^"]+" width="\d+" height="48" alt="" loading="lazy"><span>Council of Europe</span></li>', card
    )


def test_project_page_costs_constant_queries(
    client, project_indexes, project_factory, council, regions, locales, django_assert_max_num_queries
):
    partner = Organisation.objects.create(name="Partner", locale=locales["en"])

    def build(n, slug):
        return project_factory(
            project_indexes["en"],
            slug,
            slug=slug,
            budget_amount=Decimal(1000),
            budget_currency="UAH",
            organisations=[ProjectOrganisation(organisation=council, role="donor")]
            + [ProjectOrganisation(organisation=partner, role="partner") for _ in range(n)],
            communities=[ProjectCommunity(name=f"Community {i}", region=list(regions.values())[i % 2]) for i in range(n * 3)],
            components=[ProjectComponent(text=f"<p>Component {i}</p>") for i in range(n)],
            results=[ProjectResult(text=f"<p>Result {i}</p>") for i in range(n)],
        )

    small, big = build(1, "small-project"), build(12, "big-project")
    for project in (small, big):
        client.get(project.url)
    with django_assert_max_num_queries(30) as small_queries:
        client.get(small.url)
    with django_assert_max_num_queries(30) as big_queries:
        client.get(big.url)
    assert len(big_queries) == len(small_queries)


def test_project_index_costs_constant_queries(
    client, project_indexes, project_factory, council, regions, django_assert_max_num_queries
):
    def add(i):
        project_factory(
            project_indexes["en"],
            f"Project {i}",
            organisations=[ProjectOrganisation(organisation=council, role="donor")],
            communities=[ProjectCommunity(name=f"C{i}", region=regions["kharkiv"])],
        )

    add(0)
    client.get("/en/projects/?status=active&donor=coe")
    with django_assert_max_num_queries(20) as few:
        client.get("/en/projects/?status=active&donor=coe")
    for i in range(1, 14):
        add(i)
    client.get("/en/projects/?status=active&donor=coe")
    with django_assert_max_num_queries(20) as many:
        client.get("/en/projects/?status=active&donor=coe")
    assert len(many) == len(few)


def test_hostile_text_is_escaped_in_html_and_json_ld(client, project_indexes, project_factory, locales):
    hostile = '</script><script>alert("x")</script> & "quotes"'
    org = Organisation.objects.create(name=hostile, locale=locales["en"])
    project = project_factory(
        project_indexes["en"],
        hostile,
        slug="hostile",
        goal=hostile,
        contact_name=hostile,
        organisations=[ProjectOrganisation(organisation=org, role="donor")],
        communities=[ProjectCommunity(name=hostile)],
    )

    html = client.get(project.url).content.decode()

    assert "<script>alert" not in html
    data = json_ld(html)
    assert data["name"] == hostile and data["funder"][0]["name"] == hostile


def test_project_strings_are_translated(client, project_indexes, project_factory):
    english = project_factory(project_indexes["en"], "Budgeted", budget_amount=Decimal(5), budget_currency="EUR")
    ukrainian = translate_page(english, project_indexes["uk"].locale, title="З бюджетом")
    html = client.get(ukrainian.url).content.decode()
    with translation.override("uk"):
        assert str(ProjectStatus.ACTIVE.label) in html
    assert "Project goal" not in html and "Budget" not in html
