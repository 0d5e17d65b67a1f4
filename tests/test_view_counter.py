"""Honest view counts: a beacon counts real readers once, never bots, previews or editors."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from viewcounts.models import PageViewCount, PageViewDay

from .beacons import BROWSER_UA, beacon, beacons_at_once

pytestmark = pytest.mark.django_db


def test_visitor_sees_views_increase_after_reading(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Budget hearing", views_before_migration=1242)

    first = beacon(client, article)
    second = beacon(client, article)

    assert first.status_code == 200 and first.json() == {"views": 1243, "counted": True}
    assert second.json()["views"] == 1244
    assert PageViewCount.objects.get(page=article).total == 2
    assert PageViewDay.objects.get(page=article).views == 2
    html = client.get(article.url).content.decode()
    assert "<span data-view-count>1,244</span>" in html


def test_each_translation_counts_its_own_views(client, news_indexes, article_factory):
    from core.demo.pages import translation

    english = article_factory(news_indexes["en"], "Open data day")
    ukrainian = translation(english, news_indexes["uk"].locale, title="День відкритих даних")

    beacon(client, english)
    beacon(client, english)
    beacon(client, ukrainian)

    assert PageViewCount.objects.get(page=english).total == 2
    assert PageViewCount.objects.get(page=ukrainian).total == 1


def test_beacon_rejects_get_with_405(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "A")
    response = client.get(f"/api/views/{article.pk}/")
    assert response.status_code == 405
    assert not PageViewCount.objects.exists()


@pytest.mark.parametrize("case", ["unknown", "unpublished", "not-countable"])
def test_beacon_answers_404_for_pages_it_does_not_count(client, news_indexes, article_factory, homes, case):
    if case == "unknown":
        page_id = 987654
    elif case == "unpublished":
        page_id = article_factory(news_indexes["en"], "Draft", publish_it=False).pk
    else:
        page_id = homes["en"].pk  # the home page shows no counter
    response = client.post(f"/api/views/{page_id}/", HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 404
    assert "error" in response.json()
    assert not PageViewCount.objects.exists()


@pytest.mark.parametrize("change", ["unpublished", "made private", "section made private", "deleted"])
def test_beacon_stops_counting_a_page_as_soon_as_it_stops_being_public(client, news_indexes, article_factory, change):
    """The beacon remembers which pages it may count (viewcounts.countable); a change forgets it."""
    from wagtail.models import PageViewRestriction

    article = article_factory(news_indexes["en"], "Soon gone")
    page_id = article.pk
    assert beacon(client, article).status_code == 200  # remembered as countable

    if change == "unpublished":
        article.unpublish()
    elif change == "made private":
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    elif change == "section made private":
        PageViewRestriction.objects.create(page=news_indexes["en"], restriction_type=PageViewRestriction.LOGIN)
    else:
        article.delete()

    response = client.post(f"/api/views/{page_id}/", HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 404 and "error" in response.json()
    assert not PageViewCount.objects.filter(page_id=page_id, total__gt=1).exists()


def test_beacon_counts_a_page_once_it_is_published(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Not yet", publish_it=False)
    assert beacon(client, article).status_code == 404  # remembered as not countable
    article.save_revision().publish()
    assert beacon(client, article).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": BROWSER_UA, "HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_USER_AGENT": BROWSER_UA, "HTTP_PURPOSE": "prefetch"},
    ],
)
def test_bots_and_prefetches_get_the_total_but_are_not_counted(client, news_indexes, article_factory, headers):
    article = article_factory(news_indexes["en"], "Bots", views_before_migration=10)

    response = client.post(f"/api/views/{article.pk}/", **headers)

    assert response.status_code == 200
    assert response.json() == {"views": 10, "counted": False}
    assert not PageViewCount.objects.filter(total__gt=0).exists()


def test_editors_reading_their_own_pages_are_not_counted(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Editors")
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)

    response = beacon(client, article)

    assert response.json()["counted"] is False
    assert not PageViewCount.objects.filter(total__gt=0).exists()


def test_a_cached_page_still_counts_every_view_through_the_beacon(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Cached")

    first = client.get(article.url)
    second = client.get(article.url)

    # The same bytes twice: nothing per-visitor in the HTML, so a cache may serve it.
    assert first.content == second.content
    assert "Set-Cookie" not in first.headers and not first.cookies
    assert b"csrfmiddlewaretoken" not in first.content
    assert f'data-view-beacon="/api/views/{article.pk}/"'.encode() in first.content
    beacon(client, article)
    assert beacon(client, article).json()["views"] == 2


def test_beacon_floods_are_rate_limited(client, news_indexes, article_factory, settings, time_machine):
    time_machine.move_to(dt.datetime(2026, 5, 4, 12, 0, 30, tzinfo=dt.UTC), tick=False)  # one limit window
    settings.VIEW_BEACON_RATE_LIMIT = 3
    article = article_factory(news_indexes["en"], "Flood")

    statuses = [beacon(client, article).status_code for _ in range(5)]

    assert statuses == [200, 200, 200, 429, 429]
    assert PageViewCount.objects.get(page=article).total == 3


def test_no_visitor_data_is_stored():
    stored = {f.name for model in (PageViewCount, PageViewDay) for f in model._meta.get_fields()}
    assert stored <= {"page", "total", "legacy", "day", "views", "id"}


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_beacons_count_exactly_fifty(live_server, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Concurrency")

    results = beacons_at_once(live_server.url, article, 50)

    assert [status for status, _ in results] == [200] * 50
    assert sorted(views for _, views in results)[-1] == 50
    assert PageViewCount.objects.get(page=article).total == 50
    assert PageViewDay.objects.get(page=article).views == 50
