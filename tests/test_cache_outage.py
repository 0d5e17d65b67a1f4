"""A dead cache server costs speed, never answers: with ``REDIS_URL`` pointing at a port where nothing
listens, every page, feed, API answer, the view beacon and the sign-in still work, and the health
endpoint says the site is degraded — not down."""

import json
import logging
import time
import urllib.error
import urllib.request

import pytest
from django.contrib.auth import get_user_model

from core import redis_cache
from tests.servers import AppServer, collect_static, free_port
from viewcounts.models import PageViewCount

pytestmark = pytest.mark.django_db

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"


def dead_redis(port=None):
    """A cache configuration whose server is not there (nothing listens on the port)."""
    return {
        "default": {
            "BACKEND": "core.redis_cache.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port or free_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }


@pytest.fixture
def cache_down(settings):
    settings.CACHES = dead_redis()
    settings.PAGE_CACHE_SECONDS = 300
    redis_cache.reset_breakers()
    yield
    redis_cache.reset_breakers()


@pytest.fixture
def portal(news_indexes, event_indexes, project_indexes, article_factory, event_factory, project_factory, tags):
    return {
        "article": article_factory(news_indexes["en"], "Outage report", tags=[tags["youth"]]),
        "event": event_factory(event_indexes["en"], "Resilience training"),
        "project": project_factory(project_indexes["en"], "Backup power"),
        "news": news_indexes["en"],
        "events": event_indexes["en"],
        "projects": project_indexes["en"],
    }


def addresses(portal):
    news, article = portal["news"], portal["article"]
    return [
        "/en/",
        news.url,
        f"{news.url}?tag=youth&utm_source=newsletter",
        article.url,
        f"{news.url}tag/youth/",
        f"{news.url}{article.date:%Y/%m}/",
        f"{news.url}feed/rss/",
        f"{news.url}feed/atom/",
        portal["events"].url,
        f"{portal['events'].url}ical/",
        portal["event"].url,
        f"{portal['event'].url}ical/",
        portal["projects"].url,
        portal["project"].url,
        "/en/search/?q=outage",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/pages/",
        f"/api/v2/pages/{article.pk}/",
        "/admin/login/",
    ]


def test_every_address_answers_while_the_cache_server_is_down(client, cache_down, portal, caplog):
    redis_cache.reset_breakers()  # building the portal above already found the server gone
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        statuses = {url: client.get(url).status_code for url in addresses(portal)}
        again = {url: client.get(url).status_code for url in addresses(portal)}  # the breaker is open now
    elapsed = time.monotonic() - started

    assert statuses == dict.fromkeys(statuses, 200), statuses
    assert again == statuses
    # One line per outage, not one per cache call (hundreds here): the breaker asks Redis again
    # every BREAKER_SECONDS, so a slow machine walking the addresses for longer may log once more
    # per period.
    lines = caplog.text.count("Cache server unreachable")
    assert 1 <= lines <= 1 + int(elapsed // redis_cache.BREAKER_SECONDS), (lines, elapsed)


def test_pages_are_rendered_not_cached_while_the_cache_is_down(client, cache_down, portal):
    first = client.get(portal["article"].url)
    second = client.get(portal["article"].url)

    assert first.status_code == second.status_code == 200
    assert "X-Page-Cache" not in second or second["X-Page-Cache"] != "hit"
    assert b"Outage report" in second.content


def test_the_beacon_counts_straight_into_the_database(client, cache_down, portal):
    article = portal["article"]

    answers = [client.post(f"/api/views/{article.pk}/", HTTP_USER_AGENT=BROWSER_UA) for _ in range(3)]

    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert answers[-1].json() == {"views": 3, "counted": True}
    assert PageViewCount.objects.get(page=article).total == 3


def test_an_editor_can_still_sign_in(client, cache_down, homes):
    get_user_model().objects.create_user("editor", password="right-password", is_superuser=True)  # noqa: S106

    response = client.post("/admin/login/", {"username": "editor", "password": "right-password"})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_health_reports_a_degraded_site_with_200(client, cache_down, homes):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_is_ok_with_a_running_redis(client, settings, homes):
    settings.CACHES = {"default": {"BACKEND": "core.redis_cache.FailSoftRedisCache", "LOCATION": "redis://127.0.0.1:6379/9"}}

    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_health_with_the_local_memory_cache(client, homes):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "local"}


# --- the real server ----------------------------------------------------------------------------------


def fetch(url, method="GET"):
    request = urllib.request.Request(url, method=method, headers={"User-Agent": BROWSER_UA})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own loopback server
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.django_db(transaction=True)
def test_gunicorn_with_production_settings_serves_everything_without_its_redis(tmp_path, portal):
    server = AppServer(
        free_port(),
        tmp_path / "gunicorn.log",
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        PAGE_CACHE_SECONDS="300",
        STATIC_ROOT=collect_static(tmp_path / "static"),
    )
    server.start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        statuses = {url: fetch(base + url)[0] for url in addresses(portal)}
        beacon = fetch(f"{base}/api/views/{portal['article'].pk}/", method="POST")
        health = fetch(f"{base}/healthz")
    finally:
        server.stop("graceful")

    assert statuses == dict.fromkeys(statuses, 200), statuses
    assert beacon[0] == 200 and json.loads(beacon[1])["counted"] is True
    assert health[0] == 200 and json.loads(health[1])["cache"] == "down"
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()


@pytest.mark.django_db(transaction=True)
def test_health_is_503_when_the_database_is_down(tmp_path, homes):
    server = AppServer(free_port(), tmp_path / "gunicorn.log", DATABASE_URL=f"postgres://postgres@127.0.0.1:{free_port()}/portal")
    server.start()
    try:
        status, body = fetch(f"http://127.0.0.1:{server.port}/healthz")
    finally:
        server.stop("graceful")

    assert status == 503
    assert json.loads(body) == {"status": "down", "database": "down", "cache": "local"}
