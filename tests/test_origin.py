"""Absolute links follow the address readers reach the portal at, not the Site record's.

The demo's Site says ``localhost:8000``; a portal served on another port (``make run PORT=8123``),
behind a proxy or on its real domain must link to itself from every place that writes an
absolute URL: canonical and hreflang links, OpenGraph, the sitemap, feeds, calendars and the API.
"""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import Site

from .crawl import sitemap_text

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1:8123"


@pytest.fixture
def portal(news_indexes, event_indexes, article_factory, event_factory):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=8000)  # the demo's record
    return {
        "article": article_factory(news_indexes["en"], "Links home"),
        "event": event_factory(event_indexes["en"], "Calendar links"),
        "news": news_indexes["en"],
        "events": event_indexes["en"],
    }


def fetch(client, url, **headers):
    response = client.get(url, HTTP_HOST=headers.pop("host", HOST), SERVER_PORT="8123", **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def absolute_urls(text):
    return set(re.findall(r"https?://[^\s\"'<>]+", text))


def shared_address(url):
    """The page address a share link hands to another service (``?url=`` or ``?u=``), else the URL."""
    query = parse_qs(urlsplit(url.replace("&amp;", "&")).query)
    return (query.get("url") or query.get("u") or [url])[0]


def test_every_absolute_link_follows_the_host_the_request_came_to(client, portal):
    article, event = portal["article"], portal["event"]
    texts = {
        "article": fetch(client, article.url),
        "sitemap": sitemap_text(client, HTTP_HOST=HOST, SERVER_PORT="8123"),
        "rss": fetch(client, f"{portal['news'].url}feed/rss/"),
        "atom": fetch(client, f"{portal['news'].url}feed/atom/"),
        "ical": fetch(client, f"{event.url}ical/"),
        "api": fetch(client, f"/api/v2/pages/{article.pk}/"),
        "robots": fetch(client, "/robots.txt"),
    }

    for name, text in texts.items():
        ours = {shared_address(url) for url in absolute_urls(text) if "schema.org" not in url and "w3.org" not in url}
        ours -= {url for url in ours if "sitemaps.org" in url or "purl.org" in url or "rssboard" in url}
        assert ours, name
        assert all(url.startswith(f"http://{HOST}/") or url == f"http://{HOST}" for url in ours), (name, ours)
    assert f'<link rel="canonical" href="http://{HOST}{article.url}">' in texts["article"]
    assert json.loads(texts["api"])["meta"]["html_url"] == f"http://{HOST}{article.url}"
    assert "localhost:8000" not in "".join(texts.values())


def test_a_public_base_url_wins_over_whatever_host_a_request_names(client, portal, settings):
    settings.PUBLIC_BASE_URL = "https://portal.example.org"
    article = portal["article"]

    html = fetch(client, article.url, host="10.1.2.3:8123")
    sitemap = sitemap_text(client, HTTP_HOST="10.1.2.3:8123", SERVER_PORT="8123")

    assert f'<link rel="canonical" href="https://portal.example.org{article.url}">' in html
    assert f"<loc>https://portal.example.org{article.url}</loc>" in sitemap
    assert "10.1.2.3" not in html + sitemap


def test_other_sites_keep_their_own_addresses(client, portal, homes, locales):
    """A second site on its own domain: links to its pages still name that domain."""
    from core.demo.pages import child_page
    from news.models import NewsIndexPage

    other_home = (
        homes["en"]
        .get_parent()
        .add_child(instance=homes["en"].__class__(title="Other portal", slug="other-portal", locale=locales["en"]))
    )
    Site.objects.create(hostname="other.example.org", port=443, root_page=other_home, site_name="Other")
    other_news = child_page(other_home, NewsIndexPage, slug="news", title="Other news")

    assert other_news.get_full_url() == "https://other.example.org/en/news/"
    html = fetch(client, "/en/news/links-home/")
    assert f'<link rel="canonical" href="http://{HOST}/en/news/links-home/">' in html
