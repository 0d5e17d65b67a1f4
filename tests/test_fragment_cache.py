"""Kept fragments (core.fragment_cache): a page the page cache misses costs a handful of queries,
and what a reader sees is exactly what a fresh render shows — after publishes, with restrictions,
in previews, with a live view counter."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from core import redis_cache
from core.models import Organisation, RelatedRead
from events.models import EventOccurrence, EventOrganisation, EventSession, EventSpeaker
from news.models import NewsPageAuthor, NewsPageGalleryImage
from projects.models import ProjectCommunity, ProjectComponent, ProjectOrganisation, Region
from tests.test_cache_outage import dead_redis
from viewcounts.models import PageViewCount

pytestmark = pytest.mark.django_db

#: Issue 18: every uncached page family at steady state.
MAX_QUERIES = 10


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 900
    cache.clear()


@pytest.fixture
def image(db):
    from core.demo.images import ensure_image

    return ensure_image("Test picture", key="test-picture")


def steady_queries(client, url, django_assert_max_num_queries):
    """Queries of a render once the fragments and the per-site chrome are kept."""
    for _ in range(2):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(MAX_QUERIES) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def main_html(response):
    return re.search(r"<main.*</main>", response.content.decode(), re.S).group(0)


def rich_article(article_factory, index, slug, n, tags, image):
    others = [article_factory(index, f"{slug} other {i}", hero_image=image, tags=tags) for i in range(n)]
    return article_factory(
        index,
        slug,
        slug=slug,
        hero_image=image,
        tags=tags[: max(1, n)],
        authors=[NewsPageAuthor(name=f"Author {i}") for i in range(n)],
        gallery_images=[NewsPageGalleryImage(image=image, caption=f"Pic {i}") for i in range(n)],
        body=[("quote", {"quote": f"Q{i}", "speaker": "S", "role": "", "organisation": ""}) for i in range(n)],
        related_reads=[RelatedRead(page=page) for page in others[:2]],
    )


def test_article_costs_at_most_ten_queries_whatever_it_shows(
    client, news_indexes, article_factory, tags, image, django_assert_max_num_queries
):
    small = rich_article(article_factory, news_indexes["en"], "small", 1, list(tags.values()), image)
    big = rich_article(article_factory, news_indexes["en"], "big", 12, list(tags.values()), image)

    assert steady_queries(client, small.url, django_assert_max_num_queries) == steady_queries(
        client, big.url, django_assert_max_num_queries
    )


def test_event_and_project_cost_at_most_ten_queries_whatever_they_show(
    client, event_indexes, event_factory, project_indexes, project_factory, locales, django_assert_max_num_queries
):
    org = Organisation.objects.create(name="Org", locale=locales["en"])
    region = Region.objects.create(name="Kharkiv oblast", slug="kharkiv", locale=locales["en"])
    start = dt.date(2031, 9, 1)

    def event(n):
        return event_factory(
            event_indexes["en"],
            f"Event {n}",
            start_date=start,
            occurrences=[EventOccurrence(city=f"City {i}", start_date=start) for i in range(n)],
            sessions=[EventSession(day=start, title=f"Session {i}", start_time=dt.time(9)) for i in range(n)],
            speakers=[EventSpeaker(name=f"Speaker {i}") for i in range(n)],
            organisations=[EventOrganisation(organisation=org, role="partner") for _ in range(n)],
        )

    def project(n):
        return project_factory(
            project_indexes["en"],
            f"Project {n}",
            budget_amount=Decimal(1000),
            budget_currency="EUR",
            organisations=[ProjectOrganisation(organisation=org, role="partner") for _ in range(n)],
            communities=[ProjectCommunity(name=f"Community {i}", region=region) for i in range(n)],
            components=[ProjectComponent(text=f"<p>Component {i}</p>") for i in range(n)],
        )

    for build in (event, project):
        one, many = build(1), build(30)
        assert steady_queries(client, one.url, django_assert_max_num_queries) == steady_queries(
            client, many.url, django_assert_max_num_queries
        )


def test_home_and_news_index_cost_at_most_ten_queries(
    client, news_indexes, article_factory, event_indexes, event_factory, image, django_assert_max_num_queries
):
    article_factory(news_indexes["en"], "First", hero_image=image)
    event_factory(event_indexes["en"], "Forum")
    few = [steady_queries(client, url, django_assert_max_num_queries) for url in ("/en/", "/en/news/")]
    for i in range(14):
        article_factory(news_indexes["en"], f"More {i}", hero_image=image)
        event_factory(event_indexes["en"], f"More forum {i}")
    many = [steady_queries(client, url, django_assert_max_num_queries) for url in ("/en/", "/en/news/", "/en/news/?page=2")]
    assert many[:2] == few


def test_kept_page_is_the_page_a_fresh_render_shows(client, settings, news_indexes, article_factory, tags, image):
    article = rich_article(article_factory, news_indexes["en"], "rich", 3, list(tags.values()), image)
    for url in (article.url, "/en/", "/en/news/"):
        kept = [main_html(client.get(url)) for _ in range(2)]  # stored, then read back
        settings.FRAGMENT_CACHE_SECONDS = 0
        fresh = main_html(client.get(url))
        settings.FRAGMENT_CACHE_SECONDS = 900
        assert kept[0] == kept[1] == fresh


def test_a_publish_reaches_the_article_its_index_and_the_related_reads_of_others(client, news_indexes, article_factory, tags):
    older = article_factory(news_indexes["en"], "Older article", tags=[tags["youth"]])
    assert "<h1>Older article</h1>" in client.get(older.url).content.decode()  # kept now

    older.title = "Renamed article"
    older.save_revision().publish()
    assert "<h1>Renamed article</h1>" in client.get(older.url).content.decode()

    newer = article_factory(news_indexes["en"], "Newer on youth", tags=[tags["youth"]])
    carousel = re.search(r'<section class="carousel".*?</section>', client.get(older.url).content.decode(), re.S)
    assert carousel and newer.title in carousel.group(0)
    assert newer.title in client.get("/en/news/").content.decode()

    newer.unpublish()
    assert newer.title not in client.get(older.url).content.decode()


def test_the_kept_filter_form_offers_a_topic_once_an_article_brings_it(client, news_indexes, article_factory, tags):
    article_factory(news_indexes["en"], "Youth first", tags=[tags["youth"]])
    assert '<option value="open-data"' not in client.get("/en/news/").content.decode()

    article_factory(news_indexes["en"], "Open data later", tags=[tags["open-data"]])

    html = client.get("/en/news/").content.decode()
    assert '<option value="open-data">Open data</option>' in html and "Open data later" in html


def test_the_view_counter_stays_live_inside_a_kept_article(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Counted")
    PageViewCount.objects.create(page=article, total=7)

    def shown():
        return re.search(r"<span data-view-count>([^<]*)</span>", client.get(article.url).content.decode()).group(1)

    assert shown() == "7"
    PageViewCount.objects.filter(page=article).update(total=1234)
    assert shown().replace("\u202f", "").replace("\xa0", "").replace(",", "") == "1234"


def test_a_restriction_added_after_keeping_still_stops_anonymous_readers(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Soon private")
    assert client.get(article.url).status_code == 200

    PageViewRestriction.objects.create(page=news_indexes["en"], restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302 and "Soon private" not in response.content.decode()


def test_a_draft_preview_is_never_kept_nor_served_from_the_kept_page(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Published title")
    client.get(article.url)
    article.title = "Draft title"
    article.save_revision()

    editor = User.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    draft = client.get(f"/admin/pages/{article.pk}/view_draft/").content.decode()
    assert "Draft title" in draft
    client.logout()
    public = client.get(article.url).content.decode()
    assert "Published title" in public and "Draft title" not in public


def test_without_a_cache_server_pages_still_render(client, settings, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Still readable")
    settings.CACHES = dead_redis()
    redis_cache.reset_breakers()
    try:
        for _ in range(2):
            response = client.get(article.url)
            assert response.status_code == 200 and "<h1>Still readable</h1>" in response.content.decode()
    finally:
        redis_cache.reset_breakers()


def test_a_kept_fragment_still_names_what_it_shows(client, news_indexes, article_factory, tags):
    """Varnish in front purges by the ``xkey`` header: a render from kept fragments sends the same keys."""
    shown = article_factory(news_indexes["en"], "Shown in read more", tags=[tags["youth"]])
    article = article_factory(news_indexes["en"], "Keyed", tags=[tags["youth"]])

    first, second = client.get(article.url), client.get(article.url)

    assert first["xkey"] == second["xkey"]
    keys = second["xkey"].split()
    assert f"p:{article.path}" in keys and f"p:{shown.path}" in keys and "t:youth" in keys
