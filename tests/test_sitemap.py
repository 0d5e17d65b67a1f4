"""/sitemap.xml and /robots.txt: what a search engine finds when it comes to the portal."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.sitemaps import LanguageSitemap

from .crawl import NS, sitemap_documents

pytestmark = pytest.mark.django_db


def sitemap(client):
    """``{location: {"lastmod": str | None, "alternates": {hreflang: href}}}`` over every sitemap."""
    entries = {}
    for _address, text in sitemap_documents(client)[1:]:
        entries.update(_entries(text, entries))
    return entries


def _entries(text, seen):
    entries = {}
    for url in ET.fromstring(text).findall("sm:url", NS):
        location = url.findtext("sm:loc", namespaces=NS)
        assert location not in entries and location not in seen, f"{location} listed twice"
        entries[location] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS) if link.get("rel") == "alternate"
            },
        }
    return entries


def test_search_engine_finds_every_language(client, news_indexes):
    entries = sitemap(client)

    for code, index in news_indexes.items():
        assert f"http://testserver/{code}/" in entries
        assert index.get_full_url() in entries


def test_translated_page_lists_each_translation_and_a_default(client, news_indexes):
    entries = sitemap(client)

    for index in news_indexes.values():
        assert entries[index.get_full_url()]["alternates"] == {
            "en": "http://testserver/en/news/",
            "uk": "http://testserver/uk/news/",
            "et": "http://testserver/et/news/",
            "lt": "http://testserver/lt/news/",
            "x-default": "http://testserver/en/news/",
        }


def test_page_in_one_language_names_only_itself_and_is_its_own_default(client, news_indexes, article_factory):
    article = article_factory(news_indexes["et"], "Ainult eesti keeles")

    entry = sitemap(client)[article.get_full_url()]

    assert entry["alternates"] == {"et": article.get_full_url(), "x-default": article.get_full_url()}
    html = client.get(article.url).content.decode()
    assert f'<link rel="alternate" hreflang="et" href="{article.get_full_url()}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{article.get_full_url()}">' in html


def test_article_translated_into_ukrainian_points_to_its_english_original(client, news_indexes, article_factory):
    from core.demo.pages import translation

    english = article_factory(news_indexes["en"], "Budget hearings")
    ukrainian = translation(english, news_indexes["uk"].locale, title="Бюджетні слухання")

    entries = sitemap(client)

    expected = {"en": english.get_full_url(), "uk": ukrainian.get_full_url(), "x-default": english.get_full_url()}
    assert entries[english.get_full_url()]["alternates"] == expected
    assert entries[ukrainian.get_full_url()]["alternates"] == expected


def test_draft_translation_is_not_announced(client, news_indexes, article_factory):
    english = article_factory(news_indexes["en"], "Budget hearings")
    draft = english.copy_for_translation(news_indexes["lt"].locale, copy_parents=False, alias=False)
    assert not draft.live

    entries = sitemap(client)

    assert entries[english.get_full_url()]["alternates"] == {"en": english.get_full_url(), "x-default": english.get_full_url()}
    assert not any("/lt/news/budget-hearings/" in location for location in entries)


def test_drafts_unpublished_and_private_pages_are_left_out(client, news_indexes, article_factory):
    from wagtail.models import PageViewRestriction

    published = article_factory(news_indexes["en"], "Published")
    draft = article_factory(news_indexes["en"], "Draft", publish_it=False)
    withdrawn = article_factory(news_indexes["en"], "Withdrawn")
    withdrawn.unpublish()
    private = article_factory(news_indexes["uk"], "Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    locations = set(sitemap(client))

    assert published.get_full_url() in locations
    for page in (draft, withdrawn, private):
        assert not any(location.endswith(f"/{page.slug}/") for location in locations), page.slug


def test_every_page_says_when_it_last_changed(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Budget hearings")

    entries = sitemap(client)

    assert all(entry["lastmod"] for entry in entries.values())
    assert entries[article.get_full_url()]["lastmod"] == timezone.localtime(article.last_published_at).date().isoformat()
    dt.date.fromisoformat(entries["http://testserver/uk/"]["lastmod"])


def test_a_language_sitemap_costs_the_same_for_few_or_many_pages(
    client, news_indexes, event_indexes, article_factory, event_factory
):
    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap-uk.xml").status_code == 200
        return len(captured)

    article_factory(news_indexes["uk"], "Перша", slug="persha")
    event_factory(event_indexes["uk"], "Перша подія", slug="persha-podiia")  # one query per page type, whatever the count
    few = queries()
    for number in range(10):
        article_factory(news_indexes["uk"], f"Стаття {number}", slug=f"stattia-{number}")
        event_factory(event_indexes["uk"], f"Подія {number}", slug=f"podiia-{number}")

    many = queries()
    print(f"sitemap-uk.xml: {few} queries with 2 articles and events, {many} with 22")
    assert many == few


def test_the_index_names_one_sitemap_per_language_and_when_it_changed(client, news_indexes, article_factory):
    article = article_factory(news_indexes["lt"], "Naujiena", slug="naujiena")

    index = ET.fromstring(client.get("/sitemap.xml").content)

    sitemaps = {
        entry.findtext("sm:loc", namespaces=NS): entry.findtext("sm:lastmod", namespaces=NS)
        for entry in index.findall("sm:sitemap", NS)
    }
    assert set(sitemaps) == {f"http://testserver/sitemap-{code}.xml" for code in ("en", "uk", "et", "lt")}
    assert sitemaps["http://testserver/sitemap-lt.xml"].startswith(
        timezone.localtime(article.last_published_at).date().isoformat()
    )


def test_big_languages_are_split_into_pages_of_limited_size(client, news_indexes, article_factory, monkeypatch):
    monkeypatch.setattr(LanguageSitemap, "limit", 3)
    for number in range(5):
        article_factory(news_indexes["et"], f"Uudis {number}", slug=f"uudis-{number}")
    # The Estonian home, news index and five articles: seven pages, three sitemaps of up to three.

    addresses = [address for address, _text in sitemap_documents(client) if "-et" in address]
    entries = sitemap(client)

    assert addresses == ["/sitemap-et.xml", "/sitemap-et.xml?p=2", "/sitemap-et.xml?p=3"]
    assert sum("/et/" in location for location in entries) == 7
    assert client.get("/sitemap-et.xml?p=4").status_code == 404


@pytest.mark.parametrize("address", ["/sitemap-fr.xml", "/sitemap-en.xml?p=abc", "/sitemap-en.xml?p=0"])
def test_unknown_sitemaps_are_not_found(client, homes, address):
    assert client.get(address).status_code == 404


def test_sitemap_may_be_cached_by_proxies(client, homes):
    assert "public" in client.get("/sitemap.xml")["Cache-Control"]


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt", HTTP_HOST="portal.example.org")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "public" in response["Cache-Control"]
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://portal.example.org/sitemap.xml" in lines


def test_robots_txt_answers_head_but_not_post(client):
    assert client.head("/robots.txt").status_code == 200
    assert client.post("/robots.txt").status_code == 405
