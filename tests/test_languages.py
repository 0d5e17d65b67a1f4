"""A visitor reaches the portal in their language and can switch to any of the four."""

import re

import pytest

from tests.conftest import HOME_TITLES, LANGUAGE_CODES

from .crawl import sitemap_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_renders_in_each_language_with_lang_and_alternates(client, homes, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert HOME_TITLES[code] in html
    for other in LANGUAGE_CODES:
        assert f'<link rel="alternate" hreflang="{other}" href="http://testserver/{other}/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/">' in html
    assert f'<link rel="canonical" href="http://testserver/{code}/">' in html


def test_language_switcher_links_to_each_translation_of_the_current_page(client, homes):
    html = client.get("/et/").content.decode()

    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    targets = re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher)
    assert targets == [("/en/", "en"), ("/uk/", "uk"), ("/et/", "et"), ("/lt/", "lt")]
    assert 'href="/et/" hreflang="et" lang="et" aria-current="true"' in switcher


def test_switcher_falls_back_to_home_when_a_page_is_not_translated(client, homes):
    from wagtail.models import Page

    from core.demo.pages import publish

    only_english = Page(title="Only in English", slug="only-english", locale=homes["en"].locale)
    homes["en"].add_child(instance=only_english)
    publish(only_english)

    html = client.get("/en/only-english/").content.decode()

    assert 'href="/uk/" hreflang="uk"' in html
    assert 'hreflang="uk" href' not in html  # no alternate for a translation that does not exist
    assert 'hreflang="en" href="http://testserver/en/only-english/"' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("uk-UA,uk;q=0.9,en;q=0.5", "/uk/"), ("et", "/et/"), ("lt-LT", "/lt/"), ("fr-FR,de;q=0.8", "/en/"), ("", "/en/")],
)
def test_root_redirects_by_accept_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_missing_page_gives_localized_404(client, homes):
    response = client.get("/uk/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="uk"' in html
    assert "Сторінку не знайдено" in html
    assert 'href="/uk/"' in html


def test_missing_page_without_prefix_is_redirected_then_404(client, homes):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="lt", follow=True)

    assert response.status_code == 404
    assert '<html lang="lt"' in response.content.decode()


def test_breadcrumbs_and_menu_show_the_current_locale(client, homes):
    from wagtail.models import Page

    from core.demo.pages import publish

    section = Page(title="Про нас", slug="pro-nas", locale=homes["uk"].locale, show_in_menus=True)
    homes["uk"].add_child(instance=section)
    publish(section)
    child = Page(title="Команда", slug="komanda", locale=homes["uk"].locale)
    section.add_child(instance=child)
    publish(child)

    html = client.get("/uk/pro-nas/komanda/").content.decode()

    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert 'href="/uk/pro-nas/" aria-current="true">Про нас</a>' in menu
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', crumbs) == [("/uk/", "Головна"), ("/uk/pro-nas/", "Про нас")]
    assert '<span aria-current="page">Команда</span>' in crumbs
    assert "Про нас" not in client.get("/en/").content.decode()


def test_unpublished_translations_are_not_offered(client, homes, news_indexes, article_factory):
    """A translation still in the translator's hands is in no switcher, hreflang or sitemap."""
    from core.demo.pages import translation

    article = article_factory(news_indexes["en"], "Published in English", slug="published-in-english")
    estonian = translation(article, homes["et"].locale, title="Eesti mustand", slug="eesti-mustand")
    estonian.unpublish()

    html = client.get(article.url).content.decode()
    sitemap = sitemap_text(client)

    assert 'href="/et/" hreflang="et"' in html  # the switcher falls back to the Estonian home
    assert "eesti-mustand" not in html and "eesti-mustand" not in sitemap
