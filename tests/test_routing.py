"""Routing in two queries (core.routing) answers every address exactly as Wagtail's level-by-level
routing does: pages, sub-routes of index pages, pages whose slug looks like a route, drafts,
translations and addresses that do not exist."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from content.models import ContentPage
from core import routing
from core.demo.pages import child_page

pytestmark = pytest.mark.django_db


def wagtail_and_ours(language, path):
    """The route Wagtail finds for ``/<language>/<path>`` and the one ``core.routing`` finds."""
    found = []
    for route in (Page.route_for_request, routing.route_for_request):
        request = RequestFactory().get(f"/{language}/{path}")
        with translation.override(language):
            result = route(request, path)
        found.append(None if result is None else (type(result[0]), result[0].pk, repr(result[1]), result[2]))
    return found


@pytest.fixture
def site(news_indexes, event_indexes, article_factory, event_factory, tags, homes):
    article = article_factory(news_indexes["en"], "Budget day", slug="budget-day", tags=[tags["youth"]])
    article_factory(news_indexes["en"], "Not yet", slug="not-yet", publish_it=False)
    # A page whose slug is also the first part of the index's tag route.
    child_page(news_indexes["en"], ContentPage, slug="tag", title="About our tags")
    event_factory(event_indexes["en"], "Forum", slug="forum")
    article_factory(news_indexes["uk"], "День бюджету", slug="den-biudzhetu")
    return article


@pytest.mark.parametrize(
    "language,path",
    [
        ("en", ""),
        ("en", "news/"),
        ("en", "news/budget-day/"),
        ("en", "news/not-yet/"),
        ("en", "news/tag/"),
        ("en", "news/tag/youth/"),
        ("en", "news/tag/youth/feed/rss/"),
        ("en", "news/feed/atom/"),
        ("en", "news/2026/01/"),
        ("en", "news/budget-day/nothing/"),
        ("en", "events/forum/"),
        ("en", "events/forum/ical/"),
        ("en", "events/ical/"),
        ("en", "nowhere/"),
        ("uk", "news/den-biudzhetu/"),
        ("uk", "news/budget-day/"),
    ],
)
def test_every_address_routes_as_wagtail_routes_it(site, language, path):
    wagtail, ours = wagtail_and_ours(language, path)
    assert ours == wagtail


def test_a_language_without_a_live_home_page_falls_back_like_wagtail(site, homes):
    homes["lt"].unpublish()
    wagtail, ours = wagtail_and_ours("lt", "news/budget-day/")
    assert ours == wagtail and ours is not None  # Wagtail serves the default language's page


def test_an_article_costs_two_routing_queries_at_any_depth(client, site, django_assert_max_num_queries):
    request = RequestFactory().get("/en/news/budget-day/")
    routing.route_for_request(request, "/")  # warm the site root paths Wagtail caches
    request = RequestFactory().get("/en/news/budget-day/")
    with translation.override("en"), django_assert_max_num_queries(3):  # the site, the rows, the article
        page, _args, _kwargs = routing.route_for_request(request, "news/budget-day/")
    assert page.pk == site.pk and page.get_parent().slug == "news"
