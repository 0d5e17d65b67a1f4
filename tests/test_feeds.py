"""Feed readers get valid RSS 2.0 and Atom, whatever editors type into titles."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE_TITLE = "Budget <2024> & “quotes” ]]> \x0b🚀 \u202eRTL"


@pytest.fixture
def image(db):
    from core.demo.images import ensure_image

    return ensure_image("Feed picture", key="feed-picture")


def test_rss_feed_lists_articles_with_enclosures(client, news_indexes, article_factory, image, tags):
    now = timezone.now()
    article_factory(news_indexes["en"], "Older story", date=now - dt.timedelta(days=3), lead="Lead two")
    article_factory(news_indexes["en"], "First story", date=now, hero_image=image, lead="Lead one", tags=[tags["youth"]])

    response = client.get("/en/news/feed/rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "News"
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["First story", "Older story"]
    assert items[0].findtext("description") == "Lead one"
    assert items[0].findtext("link") == "http://testserver/en/news/first-story/"
    assert items[1].find("enclosure") is None
    enclosure = items[0].find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/media/images/") and enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) > 0


def test_atom_feed_is_valid_and_per_language(client, news_indexes, article_factory):
    article_factory(news_indexes["uk"], "Новина українською")

    response = client.get("/uk/news/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "Новини"
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == ["Новина українською"]


def test_tag_feed_contains_only_that_topic(client, news_indexes, article_factory, tags):
    article_factory(news_indexes["en"], "Tagged", tags=[tags["open-data"]])
    article_factory(news_indexes["en"], "Untagged")

    channel = ET.fromstring(client.get("/en/news/tag/open-data/feed/rss/").content).find("channel")

    assert channel.findtext("title") == "News: Open data"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Tagged"]


@pytest.mark.parametrize("url", ["/en/news/feed/rss/", "/en/news/feed/atom/"])
def test_feeds_stay_valid_xml_with_hostile_titles(client, news_indexes, article_factory, url):
    article_factory(news_indexes["en"], HOSTILE_TITLE, slug="hostile", lead="<script>alert(1)</script> & ]]>")

    response = client.get(url)

    root = ET.fromstring(response.content)  # raises if the XML is broken
    titles = [element.text for element in root.iter() if element.tag in ("title", f"{ATOM}title")]
    assert "Budget <2024> & “quotes” ]]> 🚀 \u202eRTL" in titles
    assert b"<script>" not in response.content


def test_feeds_are_discoverable_from_the_page_head(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Discoverable")
    for url in ("/en/news/", article.url):
        html = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/rss/">' in html
        assert 'type="application/atom+xml"' in html


def test_atom_entries_have_uri_ids_and_authors_as_the_w3c_validator_requires(client, news_indexes, article_factory):
    import uuid

    from core.demo.pages import translation
    from news.models import NewsPageAuthor

    signed = article_factory(news_indexes["en"], "Signed story", authors=[NewsPageAuthor(name="Olena Petrenko", role="Editor")])
    article_factory(news_indexes["en"], "Unsigned story")
    translation(signed, news_indexes["uk"].locale, title="Підписана історія")

    feed = ET.fromstring(client.get("/en/news/feed/atom/").content)
    uk_feed = ET.fromstring(client.get("/uk/news/feed/atom/").content)

    # The feed names the portal as author, so an entry without its own byline is still valid.
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.findall(f"{ATOM}entry")}
    assert entries["Signed story"].findtext(f"{ATOM}author/{ATOM}name") == "Olena Petrenko"
    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry") + uk_feed.findall(f"{ATOM}entry")]
    for entry_id in ids:
        assert entry_id.startswith("urn:uuid:")
        uuid.UUID(entry_id.removeprefix("urn:uuid:"))  # a UUID URN, nothing appended
    assert len(set(ids)) == len(ids) == 3, "each language edition has its own id"
    assert all(entry.findtext(f"{ATOM}updated") for entry in feed.findall(f"{ATOM}entry"))


def test_json_feed_follows_version_1_1_per_language_and_tag(client, news_indexes, article_factory, tags, image):
    import json

    from news.models import NewsPageAuthor

    article_factory(
        news_indexes["uk"],
        "Бюджет <2027> & молодь",
        lead="Ліміт <b>не</b> змінено.",
        hero_image=image,
        tags=[tags["youth"]],
        authors=[NewsPageAuthor(name="Олена Петренко")],
    )
    article_factory(news_indexes["uk"], "Інша новина")

    response = client.get("/uk/news/feed/json/")
    tagged = json.loads(client.get("/uk/news/tag/youth/feed/json/").content)

    assert response["Content-Type"].startswith("application/feed+json")
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Новини" and feed["language"] == "uk"
    assert feed["home_page_url"] == "http://testserver/uk/news/"
    assert feed["feed_url"] == "http://testserver/uk/news/feed/json/"
    assert feed["authors"][0]["name"]
    # JSON carries the title as typed: no XML or HTML escaping of a plain-text field.
    (first,) = [item for item in feed["items"] if item["title"] == "Бюджет <2027> & молодь"]
    assert first["content_html"] == "Ліміт &lt;b&gt;не&lt;/b&gt; змінено." and first["summary"] == "Ліміт <b>не</b> змінено."
    assert first["authors"] == [{"name": "Олена Петренко"}]
    assert first["url"].startswith("http://testserver/uk/news/") and first["id"].startswith("urn:uuid:")
    assert first["image"].startswith("http://testserver/media/images/")
    assert dt.datetime.fromisoformat(first["date_published"]).tzinfo is not None
    assert [item["title"] for item in tagged["items"]] == ["Бюджет <2027> & молодь"]
    assert len({item["id"] for item in feed["items"]}) == 2
    assert client.get("/uk/news/tag/no-such-topic/feed/json/").status_code == 404
