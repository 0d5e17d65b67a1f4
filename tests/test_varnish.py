"""Varnish in front: a publish purges, by surrogate key, exactly the answers that show the change."""

import datetime as dt
import shutil
import urllib.request

import pytest

from core.demo.pages import publish

from .servers import Varnish

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("varnishd") is None, reason="needs Debian's varnish and varnish-modules (make test-deps)"),
]


def through(varnish, path):
    """GET ``path`` through Varnish: (X-Cache, body)."""
    with urllib.request.urlopen(f"{varnish.url}{path}", timeout=30) as response:
        return response.headers["X-Cache"], response.read().decode()


@pytest.fixture
def varnish(live_server, settings):
    port = int(live_server.url.rsplit(":", 1)[1])
    with Varnish(port) as running:
        settings.PUBLIC_BASE_URL = running.url  # readers' address: the one Varnish answers on
        settings.VARNISH_PURGE_URLS = [running.url]
        settings.PAGE_CACHE_MAX_AGE = 60
        yield running


def test_publishing_purges_what_shows_the_page_and_nothing_else(varnish, homes, news_indexes, article_factory):
    changed = article_factory(news_indexes["en"], "Budget hearing")
    other = article_factory(news_indexes["en"], "Youth council")
    paths = [changed.url, other.url, news_indexes["en"].url, homes["en"].url, homes["uk"].url]
    assert [through(varnish, path)[0] for path in paths] == ["MISS"] * 5
    assert [through(varnish, path)[0] for path in paths] == ["HIT"] * 5

    changed.title = "Budget hearing moved to Thursday"
    publish(changed)

    state, body = through(varnish, changed.url)
    assert state == "MISS" and "Budget hearing moved to Thursday" in body
    assert through(varnish, news_indexes["en"].url)[0] == "MISS"
    assert through(varnish, homes["en"].url)[0] == "MISS"
    assert through(varnish, other.url)[0] == "HIT"
    assert through(varnish, homes["uk"].url)[0] == "HIT"


def test_a_change_every_page_shows_clears_varnish(varnish, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Any article")
    through(varnish, article.url)
    assert through(varnish, article.url)[0] == "HIT"

    news_indexes["en"].title = "Newsroom"
    publish(news_indexes["en"])  # in the menu and the breadcrumbs of every article

    state, body = through(varnish, article.url)
    assert state == "MISS" and "Newsroom" in body


def test_signed_in_editors_and_the_beacon_pass_through(varnish, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Any article")
    request = urllib.request.Request(f"{varnish.url}{article.url}", headers={"Cookie": "sessionid=abc"})
    for _ in range(2):
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers["X-Cache"] == "MISS"
            assert "xkey" not in response.headers and "Surrogate-Key" not in response.headers
    beacon = urllib.request.Request(
        f"{varnish.url}/api/views/{article.pk}/", method="POST", headers={"User-Agent": "Mozilla/5.0 Firefox/140.0"}
    )
    for expected in (1, 2):
        with urllib.request.urlopen(beacon, timeout=30) as response:
            assert response.headers["X-Cache"] == "MISS" and f'"views": {expected}' in response.read().decode()


def test_varnish_keeps_a_page_only_until_a_site_alert_ends(varnish, locales, news_indexes, article_factory):
    """Nobody saves anything when a notice runs out: the page's Surrogate-Control tells Varnish."""
    import time

    from django.utils import timezone

    from core.models import SiteAlert

    article = article_factory(news_indexes["en"], "Any article")
    ends = timezone.now() + dt.timedelta(seconds=4)
    SiteAlert.objects.create(locale=locales["en"], title="Bridge closed this morning", ends_at=ends)
    assert through(varnish, article.url)[0] == "MISS"
    state, body = through(varnish, article.url)
    assert state == "HIT" and "Bridge closed this morning" in body

    time.sleep(max(0.0, (ends - timezone.now()).total_seconds()) + 1.5)  # the moment passes; no save, no purge

    state, body = through(varnish, article.url)
    assert state == "MISS" and "Bridge closed this morning" not in body
