"""What other programs read: forms the Nu checker accepts, link previews, compression.

The start of the conformance suite (issue 19): each check here is what a third-party client or
validator would reject. The suite itself is tests/conformance/: real validators on every page type
in every language, robots.txt as first-match parsers read it among them.
"""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/search/?q=budget", "/uk/search/", "/en/projects/", "/et/projects/"])
def test_forms_never_carry_an_empty_action(client, project_indexes, url):
    """``action=""`` is invalid HTML (Nu: "Bad value "" for attribute action"); no action submits to the page itself."""
    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<form" in html
    assert not re.search(r'\saction=(""|\'\')', html)


def test_opengraph_names_the_locale_with_its_country_and_the_other_editions(client, news_indexes, article_factory):
    from core.demo.images import ensure_image
    from core.demo.pages import translation

    picture = ensure_image("Council hall", key="og-picture")
    english = article_factory(news_indexes["en"], "Council hearing", hero_image=picture)
    ukrainian = translation(english, news_indexes["uk"].locale, title="Слухання ради")

    english_html = client.get(english.url).content.decode()
    ukrainian_html = client.get(ukrainian.url).content.decode()

    assert '<meta property="og:locale" content="en_GB">' in english_html
    assert '<meta property="og:locale:alternate" content="uk_UA">' in english_html
    assert '<meta property="og:locale" content="uk_UA">' in ukrainian_html
    assert '<meta property="og:locale:alternate" content="en_GB">' in ukrainian_html
    assert '<meta property="og:image:alt" content="' in english_html


def test_home_pages_describe_the_site_for_search_engines_and_link_previews(client, homes):
    import json

    from core.demo.pages import publish

    home = homes["uk"]
    home.hero_text = "Послуги громади & новини — в одному місці."
    publish(home)

    html = client.get(home.url).content.decode()

    assert '<meta name="description" content="Послуги громади &amp; новини — в одному місці.">' in html
    assert '<meta property="og:description" content="Послуги громади &amp; новини — в одному місці.">' in html
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    graph = {node["@type"]: node for node in json.loads(script)["@graph"]}
    website, organization = graph["WebSite"], graph["Organization"]
    assert website["url"] == home.get_full_url() and website["inLanguage"] == "uk"
    assert website["publisher"] == {"@id": organization["@id"]} and organization["name"]
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction" and action["query-input"] == "required name=search_term_string"
    assert action["target"]["urlTemplate"] == "http://testserver/uk/search/?q={search_term_string}"


@pytest.mark.parametrize("url", ["/en/", "/en/news/", "/en/news/feed/atom/", "/sitemap.xml", "/api/v2/pages/"])
def test_pages_feeds_and_api_are_compressed_for_clients_that_accept_gzip(client, news_indexes, article_factory, url):
    import gzip

    for i in range(3):
        article_factory(news_indexes["en"], f"Story number {i} about the council budget")

    plain = client.get(url)
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert plain.status_code == compressed.status_code == 200
    assert not plain.has_header("Content-Encoding")
    assert compressed["Content-Encoding"] == "gzip" and "Accept-Encoding" in compressed["Vary"]
    body = b"".join(compressed.streaming_content) if compressed.streaming else compressed.content
    assert gzip.decompress(body) == (b"".join(plain.streaming_content) if plain.streaming else plain.content)


def test_news_tag_and_month_pages_have_their_own_address_and_title(client, news_indexes, article_factory, tags):
    import datetime as dt

    from django.utils import timezone

    article_factory(
        news_indexes["uk"], "Молодіжна рада", tags=[tags["youth"]], date=timezone.make_aware(dt.datetime(2026, 3, 5, 12))
    )

    tag_html = client.get("/uk/news/tag/youth/").content.decode()
    month_html = client.get("/uk/news/2026/03/").content.decode()
    index_html = client.get("/uk/news/").content.decode()

    assert '<link rel="canonical" href="http://testserver/uk/news/tag/youth/">' in tag_html
    assert '<meta property="og:url" content="http://testserver/uk/news/tag/youth/">' in tag_html
    assert re.search(r'<meta property="og:title" content="[^"]*Молодь', tag_html)
    assert '<meta property="og:url" content="http://testserver/uk/news/2026/03/">' in month_html
    assert re.search(r'<meta property="og:title" content="[^"]*2026', month_html)
    assert '<meta property="og:url" content="http://testserver/uk/news/">' in index_html


def test_articles_offer_plain_share_links_without_third_party_scripts(client, news_indexes, article_factory):
    article = article_factory(news_indexes["uk"], "Бюджет & ми")

    html = client.get(article.url).content.decode()
    share = html[html.index('aria-labelledby="share-heading"') :]
    share = share[: share.index("</section>")]

    url = article.get_full_url()
    assert f'value="{url}" readonly' in share
    assert 'href="mailto:?subject=%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%20%26%20%D0%BC%D0%B8&amp;body=' in share
    for service in (
        "https://t.me/share/url?url=",
        "viber://forward?text=",
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://www.linkedin.com/sharing/share-offsite/?url=",
    ):
        assert f'href="{service}' in share
    assert "<script" not in share and "Поділитися" in share
