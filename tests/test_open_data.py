"""Open data: a journalist or a donor downloads the projects of the portal as CSV or JSON, filtered
the way the listing is, and opens the file in a spreadsheet without surprises."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.demo.pages import publish
from core.models import FundingProgramme, Organisation
from projects.models import ProjectCommunity, ProjectOrganisation, ProjectPage, Region

pytestmark = pytest.mark.django_db


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(body[1:])))


@pytest.fixture
def council(locales):
    return Organisation.objects.create(name="Council of Europe", slug="council-of-europe", locale=locales["en"])


@pytest.fixture
def kharkiv(locales):
    return Region.objects.create(name="Kharkiv oblast", slug="kharkiv", locale=locales["en"])


@pytest.fixture
def service_centres(project_indexes, project_factory, council, kharkiv, locales):
    implementer = Organisation.objects.create(name="Open Communities Network", locale=locales["en"])
    programme = FundingProgramme.objects.create(name="Good Governance Fund", locale=locales["en"])
    return project_factory(
        project_indexes["en"],
        "Accessible service centres",
        summary="Shorter queues at the town hall.",
        start_date=dt.date(2017, 8, 1),
        end_date=dt.date(2017, 11, 30),
        budget_amount=Decimal("2266000"),
        budget_currency="UAH",
        budget_eur=Decimal("74500"),
        budget_eur_rate_date=dt.date(2017, 8, 1),
        funding_programme=programme,
        organisations=[
            ProjectOrganisation(organisation=council, role="donor"),
            ProjectOrganisation(organisation=implementer, role="implementer"),
        ],
        communities=[ProjectCommunity(name="Zlatopil", region=kharkiv), ProjectCommunity(name="Lozova", region=kharkiv)],
    )


def test_journalist_downloads_every_project_as_a_spreadsheet(client, service_centres, project_indexes, project_factory):
    project_factory(project_indexes["en"], "Youth councils", budget_amount=Decimal("50000"), budget_currency="EUR")

    response = client.get("/en/projects/projects.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="projects-en.csv"'
    rows = read_csv(response)
    assert [row["title"] for row in rows] == ["Youth councils", "Accessible service centres"]
    centres = rows[1]
    assert centres["id"] == str(service_centres.pk)
    assert centres["url"] == "http://testserver/en/projects/accessible-service-centres/"
    assert centres["status"] == "completed" and centres["start"] == "2017-08-01" and centres["end"] == "2017-11-30"
    assert centres["donors"] == "Council of Europe" and centres["implementers"] == "Open Communities Network"
    assert centres["regions"] == "Kharkiv oblast" and centres["communities"] == "Zlatopil; Lozova"
    assert (centres["budget_amount"], centres["budget_currency"], centres["budget_eur"]) == ("2266000.00", "UAH", "74500.00")
    assert centres["funding_programme"] == "Good Governance Fund"
    assert centres["last_published"].startswith(str(timezone.now().year))
    assert rows[0]["budget_eur"] == "50000.00", "a budget in euro is its own euro amount"


def test_developer_reads_the_same_projects_as_json(client, service_centres):
    response = client.get("/en/projects/projects.json")

    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content)
    assert data["language"] == "en" and data["filters"] == {} and data["generated"]
    (project,) = data["projects"]
    assert project["donors"] == ["Council of Europe"] and project["communities"] == ["Zlatopil", "Lozova"]
    assert project["budget_amount"] == "2266000.00" and project["end"] == "2017-11-30"


def test_the_listings_filters_apply_to_the_files(client, service_centres, project_indexes, project_factory, council, kharkiv):
    project_factory(project_indexes["en"], "Youth councils")  # active, no donor, no region

    by_donor = json.loads(client.get("/en/projects/projects.json?donor=council-of-europe&region=kharkiv&year=2017").content)
    active = read_csv(client.get("/en/projects/projects.csv?status=active"))

    assert [p["title"] for p in by_donor["projects"]] == ["Accessible service centres"]
    assert by_donor["filters"] == {"donor": "council-of-europe", "region": "kharkiv", "year": 2017}
    assert [row["title"] for row in active] == ["Youth councils"]


@pytest.mark.parametrize("query", ["donor=nobody", "region=atlantis", "year=abc", "status=sideways", "tag=no-such-tag"])
def test_unknown_filter_values_are_404_as_on_the_listing(client, service_centres, query):
    assert client.get(f"/en/projects/projects.csv?{query}").status_code == 404
    assert client.get(f"/en/projects/projects.json?{query}").status_code == 404


def test_each_language_publishes_its_own_projects_with_cyrillic_intact(client, project_indexes, project_factory):
    project_factory(project_indexes["uk"], "Доступні центри послуг", slug="tsentry")
    project_factory(project_indexes["en"], "Only in English")

    rows = read_csv(client.get("/uk/projects/projects.csv"))

    assert [row["title"] for row in rows] == ["Доступні центри послуг"]


def test_formula_injection_is_neutralised(client, project_indexes, project_factory):
    project_factory(project_indexes["en"], '=HYPERLINK("http://evil")', slug="evil", summary="@SUM(A1:A9)")
    project_factory(project_indexes["en"], "+1 more", slug="plus", summary="-2 less")

    rows = read_csv(client.get("/en/projects/projects.csv"))

    cells = [row[column] for row in rows for column in ("title", "summary")]
    assert sorted(cells) == sorted(['\'=HYPERLINK("http://evil")', "'@SUM(A1:A9)", "'+1 more", "'-2 less"])


def test_restricted_draft_and_expired_projects_never_appear(client, project_indexes, project_factory):
    project_factory(project_indexes["en"], "Public project")
    members = project_factory(project_indexes["en"], "Members only")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    expired = project_factory(project_indexes["en"], "Expired project")
    ProjectPage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - dt.timedelta(days=1))
    draft = ProjectPage(title="Draft", slug="draft", goal="g", summary="s", start_date=dt.date(2020, 1, 1), live=False)
    project_indexes["en"].add_child(instance=draft)

    assert [row["title"] for row in read_csv(client.get("/en/projects/projects.csv"))] == ["Public project"]
    assert [p["title"] for p in json.loads(client.get("/en/projects/projects.json").content)["projects"]] == ["Public project"]


def test_a_file_costs_the_same_queries_for_1_or_20_projects(
    client, project_indexes, project_factory, council, kharkiv, django_assert_max_num_queries
):
    def add(i):
        project = project_factory(
            project_indexes["en"],
            f"Project {i}",
            organisations=[ProjectOrganisation(organisation=council, role="donor")],
            communities=[ProjectCommunity(name=f"Community {i}", region=kharkiv)],
        )
        project.tags.add("roads")
        publish(project)

    counts = {}
    add(0)
    for total in (1, 20):
        while ProjectPage.objects.count() < total:
            add(ProjectPage.objects.count())
        for route in ("projects.csv", "projects.json"):
            client.get(f"/en/projects/{route}?donor=council-of-europe")  # warm the chrome caches
            with django_assert_max_num_queries(20) as queries:
                response = client.get(f"/en/projects/{route}?donor=council-of-europe")
            assert response.status_code == 200
            counts[(route, total)] = len(queries)
    assert counts[("projects.csv", 1)] == counts[("projects.csv", 20)]
    assert counts[("projects.json", 1)] == counts[("projects.json", 20)]


def test_the_index_links_both_files_with_the_current_filters(client, service_centres):
    html = client.get("/en/projects/?status=completed&donor=council-of-europe&page=1").content.decode()
    donor_page = client.get("/en/projects/donor/council-of-europe/").content.decode()

    assert 'href="/en/projects/projects.csv?status=completed&amp;donor=council-of-europe"' in html
    assert 'href="/en/projects/projects.json?status=completed&amp;donor=council-of-europe"' in html
    assert 'href="/en/projects/projects.csv?donor=council-of-europe"' in donor_page


def test_the_page_cache_keys_the_files_on_their_filters():
    from django.http import QueryDict

    from core.query_parameters import read_parameters
    from projects.models import ProjectIndexPage

    query = QueryDict("status=active&donor=council-of-europe&utm_source=newsletter&page=3")
    for route in ("csv_route", "json_route"):
        assert read_parameters(ProjectIndexPage, route, query) == [("donor", "council-of-europe"), ("status", "active")]
