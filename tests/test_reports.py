"""Reports in the admin: the communications officer shows a donor where its name appeared and how
much it was read, and the editors see which sections and pages are read, month by month."""

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from openpyxl import load_workbook

from core.models import FundingProgramme, Organisation
from core.roles import EDITORS, MODERATORS, ensure_roles, translator_group_name
from projects.models import ProjectOrganisation
from viewcounts.models import PageViewDay

pytestmark = pytest.mark.django_db

DONOR_URL = "/admin/reports/donor-visibility/"
READERSHIP_URL = "/admin/reports/readership/"
PERIOD = {"start": "2026-01-01", "end": "2026-03-31"}


def user_in(group_name, username):
    from django.apps import apps

    ensure_roles(apps)
    user = User.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return user_in(EDITORS, "editor")


@pytest.fixture
def eu(locales):
    return Organisation.objects.create(name="European Union", slug="eu", locale=locales["en"])


@pytest.fixture
def named_pages(locales, eu, project_indexes, project_factory, news_indexes, article_factory):
    """A project the EU funds, in English and Ukrainian, an article carrying an EU programme's label,
    and an article that names nobody."""
    eu_uk = Organisation.objects.create(
        name="Європейський Союз", slug="eu", locale=locales["uk"], translation_key=eu.translation_key
    )
    programme = FundingProgramme.objects.create(name="EU4Youth", funder=eu, locale=locales["en"])
    project = project_factory(
        project_indexes["en"], "Service centres", organisations=[ProjectOrganisation(organisation=eu, role="donor")]
    )
    project_uk = project_factory(
        project_indexes["uk"],
        "Центри послуг",
        slug="tsentry",
        organisations=[ProjectOrganisation(organisation=eu_uk, role="donor")],
    )
    article = article_factory(news_indexes["en"], "Youth camp opens", funding_programme=programme)
    other = article_factory(news_indexes["en"], "Unrelated news")
    return {"project": project, "project_uk": project_uk, "article": article, "other": other, "programme": programme}


def bucket(page, day, views):
    PageViewDay.objects.create(page=page, day=dt.date.fromisoformat(day), views=views)


@pytest.fixture
def buckets(named_pages):
    bucket(named_pages["project"], "2026-01-05", 10)
    bucket(named_pages["project"], "2026-02-07", 5)
    bucket(named_pages["project_uk"], "2026-02-08", 7)
    bucket(named_pages["article"], "2026-03-01", 3)
    bucket(named_pages["other"], "2026-02-01", 100)  # names nobody
    bucket(named_pages["project"], "2025-12-31", 1000)  # before the period
    return named_pages


def test_officer_sees_where_the_donor_was_named_and_how_often_it_was_read(client, editor, eu, buckets):
    client.force_login(editor)

    response = client.get(DONOR_URL, {"donor": eu.pk, **PERIOD})

    assert response.status_code == 200
    report = response.context["report"]
    assert report["total"] == 10 + 5 + 7 + 3
    assert report["by_month"] == [(dt.date(2026, 1, 1), 10), (dt.date(2026, 2, 1), 12), (dt.date(2026, 3, 1), 3)]
    assert report["by_language"] == [("en", 18), ("uk", 7)]
    by_type = {str(label): (pages, views) for label, pages, views in report["by_type"]}
    assert by_type["Projects"] == (2, 22) and by_type["News"] == (1, 3) and by_type["Events"] == (0, 0)
    assert [page["title"] for page in report["top_pages"]] == ["Service centres", "Центри послуг", "Youth camp opens"]
    html = response.content.decode()
    assert "<svg" in html and "<title>02.2026: 12</title>" in html
    assert '<table class="w-sr-only">' in html, "the chart's numbers for screen readers"


def test_a_funding_programme_is_reported_on_its_own(client, editor, buckets):
    client.force_login(editor)

    report = client.get(DONOR_URL, {"programme": buckets["programme"].pk, **PERIOD}).context["report"]

    assert report["total"] == 3 and [page["title"] for page in report["top_pages"]] == ["Youth camp opens"]


def test_donor_report_exports_the_same_numbers_as_csv_and_xlsx(client, editor, eu, buckets):
    client.force_login(editor)

    csv_response = client.get(DONOR_URL, {"donor": eu.pk, **PERIOD, "format": "csv"})
    xlsx_response = client.get(DONOR_URL, {"donor": eu.pk, **PERIOD, "format": "xlsx"})

    assert csv_response["Content-Disposition"].startswith('attachment; filename="donor-visibility-european-union-2026-01-01')
    text = csv_response.content.decode("utf-8")
    assert text.startswith("\ufeff") and "2026-02,12" in text and "Центри послуг,uk,Projects,7" in text
    workbook = load_workbook(io.BytesIO(xlsx_response.content))
    months = [tuple(row) for row in workbook["By month"].iter_rows(values_only=True)]
    assert months == [("Month", "Views"), ("2026-01", 10), ("2026-02", 12), ("2026-03", 3)]


def test_readership_by_section_language_and_month_with_trend(client, editor, buckets, homes):
    bucket(homes["en"], "2026-03-02", 4)
    bucket(buckets["other"], "2025-11-15", 40)  # the 90 days before (3 Oct – 31 Dec 2025)
    client.force_login(editor)

    response = client.get(READERSHIP_URL, PERIOD)

    report = response.context["report"]
    assert report["total"] == 10 + 5 + 7 + 3 + 100 + 4
    sections = {str(label): (counts, total) for label, counts, total in report["by_section"]}
    assert sections["Projects"] == ([10, 12, 0], 22)
    assert sections["News"] == ([0, 100, 3], 103)
    assert sections["Other pages"] == ([0, 0, 4], 4)
    assert report["by_language"] == [("en", 10 + 5 + 3 + 100 + 4), ("uk", 7)]
    assert report["previous"].start == dt.date(2025, 10, 3) and report["previous"].end == dt.date(2025, 12, 31)
    top = {page["title"]: (page["views"], page["previous"], page["change"]) for page in report["top_pages"]}
    assert top["Unrelated news"] == (100, 40, 60)
    assert top["Service centres"] == (15, 1000, -985)


def test_reports_cost_the_same_queries_for_little_or_much_data(
    client, editor, eu, named_pages, project_indexes, project_factory, django_assert_max_num_queries
):
    client.force_login(editor)

    def measure():
        counts = []
        for url, query in ((DONOR_URL, {"donor": eu.pk, **PERIOD}), (READERSHIP_URL, PERIOD)):
            client.get(url, query)
            with django_assert_max_num_queries(40) as queries:
                assert client.get(url, query).status_code == 200
            counts.append(len(queries))
        return counts

    bucket(named_pages["project"], "2026-01-05", 1)
    few = measure()
    for i in range(20):
        page = project_factory(
            project_indexes["en"], f"Project {i}", organisations=[ProjectOrganisation(organisation=eu, role="donor")]
        )
        for day in ("2026-01-03", "2026-02-03", "2026-03-03"):
            bucket(page, day, i + 1)
    many = measure()

    assert many == few


@pytest.mark.parametrize(
    "query",
    [
        {"donor": "999999", **PERIOD},
        {"donor": "abc", **PERIOD},
        {"start": "2026-02-30", "end": "2026-03-01"},
        {"start": "yesterday"},
        {"start": "2026-03-01", "end": "2026-01-01"},
        {"start": "1900-01-01", "end": "2026-01-01"},
        {**PERIOD},  # neither a donor nor a programme
    ],
)
def test_bad_input_shows_the_form_again_with_an_error(client, editor, eu, query):
    client.force_login(editor)

    response = client.get(DONOR_URL, query)

    assert response.status_code == 200
    assert response.context["report"] is None and response.context["form"].errors


def test_readership_rejects_a_bad_date_with_the_form(client, editor):
    client.force_login(editor)

    response = client.get(READERSHIP_URL, {"start": "2026-13-01"})

    assert response.status_code == 200 and response.context["report"] is None and response.context["form"].errors


def test_the_period_defaults_to_the_last_twelve_months(client, editor):
    client.force_login(editor)

    report = client.get(READERSHIP_URL).context["report"]

    assert len(report["months"]) == 12 and report["period"].end == timezone.localdate()
    assert report["period"].start == report["months"][0]


def test_only_editors_and_moderators_may_read_reports(client, editor, locales):
    moderator = user_in(MODERATORS, "moderator")
    translator = user_in(translator_group_name("uk"), "translator")

    for url in (DONOR_URL, READERSHIP_URL):
        client.logout()
        anonymous = client.get(url)
        assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
        client.force_login(translator)
        assert client.get(url).status_code == 403
        for reader in (editor, moderator):
            client.force_login(reader)
            assert client.get(url).status_code == 200

    client.force_login(editor)
    assert "Donor visibility" in client.get("/admin/reports/readership/").content.decode()
