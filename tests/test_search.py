"""Searching the portal: one language at a time, by type, with highlighted excerpts; any query is safe."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from core.demo.pages import translation
from core.models import Organisation
from events.models import EventOccurrence
from projects.models import ProjectCommunity, ProjectOrganisation, Region

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(news_indexes, article_factory, event_indexes, event_factory, project_indexes, project_factory, locales):
    donor = Organisation.objects.create(name="Fjordland Civic Trust", locale=locales["en"])
    region = Region.objects.create(name="Poltava oblast", locale=locales["en"])
    article = article_factory(
        news_indexes["en"],
        "Residents vote on the school budget",
        lead="Participatory budgeting comes to Lozova.",
        body=[("quote", {"quote": "Every hryvnia is visible now", "speaker": "Olha", "role": "Mayor", "organisation": ""})],
    )
    translation(article, locales["uk"], title="Мешканці голосують за бюджет школи", lead="Бюджет участі в Лозовій.")
    event = event_factory(
        event_indexes["en"],
        "Budget training for finance officers",
        occurrences=[EventOccurrence(city="Zhytomyr", start_date=timezone.localdate() + dt.timedelta(days=5))],
    )
    project = project_factory(
        project_indexes["en"],
        "Open budget data for small hromadas",
        budget_amount=Decimal(1000),
        budget_currency="EUR",
        organisations=[ProjectOrganisation(organisation=donor, role="donor")],
        communities=[ProjectCommunity(name="Hadiach", region=region)],
    )
    return {"article": article, "event": event, "project": project}


def result_titles(response):
    return re.findall(r'<h2 class="search-result__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_search_finds_all_families_in_the_visitors_language(client, content):
    response = client.get("/en/search/", {"q": "budget"})
    html = response.content.decode()

    assert sorted(result_titles(response)) == [
        "Budget training for finance officers",
        "Open budget data for small hromadas",
        "Residents vote on the school budget",
    ]
    assert "Мешканці" not in html
    assert re.search(r"News articles <span class=\"tabs__count\">1</span>", html)
    assert re.search(r"Events <span class=\"tabs__count\">1</span>", html)
    assert "<mark>Budget</mark>ing" in html or "<mark>budget</mark>ing" in html


def test_results_can_be_narrowed_to_one_type(client, content):
    response = client.get("/en/search/", {"q": "budget", "type": "events"})
    assert result_titles(response) == ["Budget training for finance officers"]
    # An unknown type is ignored rather than an error.
    assert len(result_titles(client.get("/en/search/", {"q": "budget", "type": "nonsense"}))) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hryvnia", "Residents vote on the school budget"),  # a quote in the body
        ("Zhytomyr", "Budget training for finance officers"),  # a city of a venue
        ("Fjordland", "Open budget data for small hromadas"),  # a donor
        ("Poltava", "Open budget data for small hromadas"),  # a region
    ],
)
def test_search_reaches_quotes_cities_donors_and_regions(client, content, query, expected):
    assert expected in result_titles(client.get("/en/search/", {"q": query}))


def test_ukrainian_search_finds_the_ukrainian_translation(client, content):
    response = client.get("/uk/search/", {"q": "бюджет"})
    assert result_titles(response) == ["Мешканці голосують за бюджет школи"]
    assert "<mark>бюджет</mark>" in response.content.decode().lower()


def test_empty_and_no_result_states(client, content):
    html = client.get("/en/search/").content.decode()
    assert "Type a word or two" in html and "search-result" not in html
    html = client.get("/en/search/", {"q": "xylophone"}).content.decode()
    assert "Nothing found for “xylophone”." in html


def test_drafts_are_not_found(client, content, news_indexes, article_factory):
    article_factory(news_indexes["en"], "Secret budget draft", publish_it=False)
    assert "Secret budget draft" not in result_titles(client.get("/en/search/", {"q": "secret"}))


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unterminated phrase',
        "NEAR(budget",
        "budget AND OR NOT",
        "*",
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "\u202eevil\u202c",
        "emoji 🎉 budget",
        "x" * 10_000,
        "\x00budget",
        "budget:title",
        "^$%&()[]{}",
    ],
)
def test_any_query_is_safe(client, content, query):
    response = client.get("/en/search/", {"q": query})
    # A NUL byte is refused before any view runs (PostgreSQL cannot store or compare it).
    assert response.status_code == (400 if "\x00" in query else 200)
    assert b"<script>alert(1)" not in response.content


@pytest.mark.parametrize(("page", "status"), [("abc", 200), ("1", 200), ("99", 404), ("-1", 404)])
def test_search_pagination_params(client, content, page, status):
    assert client.get("/en/search/", {"q": "budget", "page": page}).status_code == status
