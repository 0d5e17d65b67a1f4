"""Publishing purges only what changed: the page, its index, its home, what shows it — not the site."""

import pytest
from wagtail.models import Site

from core import page_cache
from core.demo.pages import publish, translation
from core.models import PortalSettings, RelatedRead

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, homes):
    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # created on first read otherwise, which purges
    settings.PAGE_CACHE_SECONDS = 300


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def state(client, url):
    return client.get(url)["X-Page-Cache"]


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    return publish(page)


def test_publishing_an_article_leaves_the_other_articles_cached(client, homes, news_indexes, article_factory):
    articles = [article_factory(news_indexes["en"], f"Article {n}") for n in range(30)]
    changed, others = articles[7], articles[:7] + articles[8:]
    ukrainian_home = homes["uk"].url
    warm(client, *(a.url for a in articles), news_indexes["en"].url, homes["en"].url, ukrainian_home)

    republish(changed, title="Article 7, corrected")

    response = client.get(changed.url)
    assert response["X-Page-Cache"] == "miss" and "Article 7, corrected" in response.content.decode()
    assert state(client, news_indexes["en"].url) == "miss"
    assert state(client, homes["en"].url) == "miss"
    # Not one of the 29 other articles was rendered again, nor the other languages' homes.
    assert [state(client, a.url) for a in others] == ["hit"] * 29
    assert state(client, ukrainian_home) == "hit"


def test_answers_whose_cards_show_the_page_are_purged(client, news_indexes, article_factory):
    picked = article_factory(news_indexes["en"], "Picked read")
    reader = article_factory(news_indexes["en"], "Reader")
    unrelated = article_factory(news_indexes["en"], "Unrelated")
    RelatedRead.objects.create(source=reader, page=picked, sort_order=0)
    warm(client, reader.url, unrelated.url)
    assert "Picked read" in client.get(reader.url).content.decode()

    republish(picked, title="Picked read, renamed")

    response = client.get(reader.url)
    assert response["X-Page-Cache"] == "miss" and "Picked read, renamed" in response.content.decode()
    assert state(client, unrelated.url) == "hit"


def test_answers_name_what_they_show_for_a_proxy_in_front(client, news_indexes, article_factory):
    picked = article_factory(news_indexes["en"], "Picked read")
    reader = article_factory(news_indexes["en"], "Reader")
    RelatedRead.objects.create(source=reader, page=picked, sort_order=0)

    keys = client.get(reader.url)["Surrogate-Key"].split()

    assert f"p:{reader.path}" in keys and f"p:{picked.path}" in keys
    assert client.get(reader.url)["xkey"] == " ".join(keys)


def test_a_new_translation_purges_the_pages_whose_language_switcher_names_it(client, homes, news_indexes, article_factory):
    english = article_factory(news_indexes["en"], "Open data day")
    warm(client, english.url)

    ukrainian = translation(english, news_indexes["uk"].locale, title="День відкритих даних")

    response = client.get(english.url)
    assert response["X-Page-Cache"] == "miss"
    assert ukrainian.url in response.content.decode()


def test_an_event_with_a_tag_purges_the_news_tag_page_of_that_tag(
    client, news_indexes, event_indexes, article_factory, event_factory, tags
):
    article_factory(news_indexes["en"], "Youth councils", tags=[tags["youth"]])
    tag_page = f"{news_indexes['en'].url}tag/youth/"
    other_tag_page = f"{news_indexes['en'].url}tag/open-data/"
    article_factory(news_indexes["en"], "Open data", tags=[tags["open-data"]])
    warm(client, tag_page, other_tag_page, news_indexes["en"].url)

    event_factory(event_indexes["en"], "Youth forum", tags=[tags["youth"]])

    response = client.get(tag_page)
    assert response["X-Page-Cache"] == "miss" and "Youth forum" in response.content.decode()
    assert state(client, other_tag_page) == "hit"
    assert state(client, news_indexes["en"].url) == "hit"  # the event is not in the news listing


def test_unpublishing_purges_what_showed_the_page(client, news_indexes, article_factory):
    gone = article_factory(news_indexes["en"], "Withdrawn")
    kept = article_factory(news_indexes["en"], "Kept")
    warm(client, news_indexes["en"].url, kept.url)

    gone.unpublish()

    assert "Withdrawn" not in client.get(news_indexes["en"].url).content.decode()
    assert state(client, kept.url) == "hit"


def test_a_section_in_the_menu_purges_every_page(client, homes, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Any article")
    warm(client, article.url, homes["uk"].url)

    republish(news_indexes["en"], title="Newsroom")

    response = client.get(article.url)
    assert response["X-Page-Cache"] == "miss" and "Newsroom" in response.content.decode()
    assert state(client, homes["uk"].url) == "miss"


def test_a_render_that_overlaps_a_purge_is_not_kept_as_current(client, news_indexes, article_factory, monkeypatch):
    article = article_factory(news_indexes["en"], "Race")
    real_serve = article.specific_class.serve

    def serve_while_an_editor_publishes(page, request, *args, **kwargs):
        response = real_serve(page, request, *args, **kwargs)
        page_cache.purge_keys({f"p:{page.path}"})  # published after the render read the page
        return response

    monkeypatch.setattr(article.specific_class, "serve", serve_while_an_editor_publishes)
    client.get(article.url)
    monkeypatch.undo()

    assert state(client, article.url) == "miss"


def test_a_page_rendered_while_it_is_published_is_kept_by_nobody(client, news_indexes, article_factory):
    """The render read the old rows; the purge went out meanwhile. Neither the page cache nor a
    Varnish in front (``Cache-Control: no-cache``) may keep what it produced."""
    from wagtail import hooks

    from core import surrogate_keys

    article = article_factory(news_indexes["en"], "Being edited")

    def publish_meanwhile(page, request, serve_args, serve_kwargs):
        page_cache.purge_keys(surrogate_keys.keys_changed_by(article))

    with hooks.register_temporarily("before_serve_page", publish_meanwhile):
        raced = client.get(article.url)
    assert raced.status_code == 200 and "no-cache" in raced["Cache-Control"]
    assert "X-Page-Cache" not in raced

    assert client.get(article.url)["X-Page-Cache"] == "miss"  # rendered again, and kept this time
    assert state(client, article.url) == "hit"
