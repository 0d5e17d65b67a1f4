"""The page cache: anonymous readers get cached pages, editors never, and a publish shows at once."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from core import page_cache
from core.demo.pages import publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, homes):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))  # created on first read otherwise, which purges
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_MAX_AGE = 60


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")


def cached_entries():
    return [key for key in cache._cache if "page-cache:" in key]  # locmem: the keys it holds


def test_second_reader_gets_the_page_from_the_cache_without_a_query(
    client, news_indexes, article_factory, django_assert_max_num_queries
):
    article = article_factory(news_indexes["en"], "Budget hearing")

    first = client.get(article.url)
    with django_assert_max_num_queries(0):
        second = client.get(article.url)

    assert first.status_code == second.status_code == 200
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert b"Budget hearing" in second.content
    for name in ("Content-Type", "Content-Language", "Cache-Control", "X-Frame-Options"):
        assert second[name] == first[name]
    assert second["Cache-Control"] == "public, max-age=60"


def test_head_is_answered_from_the_cached_page(client, news_indexes, article_factory, django_assert_max_num_queries):
    article = article_factory(news_indexes["en"], "Heads up")
    client.get(article.url)

    with django_assert_max_num_queries(0):
        response = client.head(article.url)

    assert response.status_code == 200 and response["X-Page-Cache"] == "hit"


def test_publishing_shows_the_new_title_on_the_page_and_its_index_at_once(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Old title")
    index_url = news_indexes["en"].url
    assert b"Old title" in client.get(article.url).content
    assert b"Old title" in client.get(index_url).content

    article.title = "New title"
    publish(article)

    page, index = client.get(article.url), client.get(index_url)
    assert page["X-Page-Cache"] == index["X-Page-Cache"] == "miss"
    assert b"New title" in page.content and b"Old title" not in page.content
    assert b"New title" in index.content


def test_a_new_article_appears_on_the_cached_home_and_index(client, news_indexes, homes, article_factory):
    article_factory(news_indexes["en"], "First story")
    client.get(homes["en"].url)
    client.get(news_indexes["en"].url)

    article_factory(news_indexes["en"], "Second story")

    assert b"Second story" in client.get(news_indexes["en"].url).content
    assert b"Second story" in client.get(homes["en"].url).content


@pytest.mark.parametrize("change", ["unpublish", "delete", "move"])
def test_unpublished_deleted_or_moved_pages_leave_the_cache(client, news_indexes, article_factory, change):
    """Gone from its address and from its index; a moved page's old address redirects to the new one."""
    from news.models import NewsIndexPage

    article = article_factory(news_indexes["en"], "Going away")
    url = article.url
    assert client.get(url).status_code == 200
    assert b"Going away" in client.get(news_indexes["en"].url).content

    if change == "unpublish":
        article.unpublish()
    elif change == "delete":
        article.delete()
    else:
        archive = NewsIndexPage(title="Archive", slug="archive", locale=news_indexes["en"].locale)
        news_indexes["en"].get_parent().add_child(instance=archive)
        publish(archive)
        client.get(url)  # cached again after the archive's publish
        article.move(archive, pos="last-child")

    gone = client.get(url)
    if change == "move":
        assert gone.status_code == 301 and gone.url == "/en/archive/going-away/"
    else:
        assert gone.status_code == 404
    assert b"Going away" not in client.get(news_indexes["en"].url).content


def test_signed_in_editor_gets_a_fresh_private_page_and_leaves_no_copy(client, news_indexes, article_factory, editor):
    article = article_factory(news_indexes["en"], "Shared story")
    anonymous = client.get(article.url)

    client.force_login(editor)
    edited = client.get(article.url)

    assert "X-Page-Cache" not in edited
    assert edited["Cache-Control"] == "private"
    assert b"wagtail-userbar" in edited.content and b"wagtail-userbar" not in anonymous.content
    client.logout()
    client.cookies.clear()
    again = client.get(article.url)
    assert again["X-Page-Cache"] == "hit" and b"wagtail-userbar" not in again.content


def test_any_session_cookie_bypasses_the_cache(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Cookies")
    client.get(article.url)

    client.cookies["sessionid"] = "not-even-a-real-session"
    response = client.get(article.url)

    assert response.status_code == 200 and "X-Page-Cache" not in response


def test_preview_of_a_draft_is_never_cached_nor_shown_to_readers(client, news_indexes, article_factory, editor):
    article = article_factory(news_indexes["en"], "Published words")
    client.get(article.url)
    article.title = "Draft words"
    article.save_revision()

    client.force_login(editor)
    preview = client.get(f"/admin/pages/{article.pk}/view_draft/")
    client.logout()
    client.cookies.clear()
    reader = client.get(article.url)

    assert preview.status_code == 200 and b"Draft words" in preview.content
    assert "X-Page-Cache" not in preview
    assert b"Published words" in reader.content and b"Draft words" not in reader.content
    assert len(cached_entries()) == 1


def test_not_found_pages_are_not_cached(client, homes, django_assert_max_num_queries):
    first = client.get("/en/no-such-page/")
    second = client.get("/en/no-such-page/")

    assert first.status_code == second.status_code == 404
    assert "X-Page-Cache" not in second
    assert not cached_entries()


def test_query_strings_are_cached_as_pages_of_their_own(client, news_indexes, article_factory):
    for number in range(13):  # 12 a page: two pages
        article_factory(news_indexes["en"], f"Story {number:02d}")
    index = news_indexes["en"].url

    first_page = client.get(index)
    second_page = client.get(f"{index}?page=2")
    again = client.get(f"{index}?page=2"), client.get(index)

    assert second_page.content != first_page.content
    assert [response["X-Page-Cache"] for response in again] == ["hit", "hit"]
    assert again[0].content == second_page.content and again[1].content == first_page.content
    assert client.get(f"{index}?page=99").status_code == 404


def test_each_language_is_cached_under_its_own_address_and_the_switcher_still_works(client, homes):
    english = client.get("/en/")
    ukrainian = client.get("/uk/")
    again = client.get("/uk/")

    assert again["X-Page-Cache"] == "hit"
    assert english["Content-Language"] == "en" and again["Content-Language"] == "uk"
    assert 'lang="uk"' in again.content.decode()
    assert 'hreflang="en"' in again.content.decode() and 'hreflang="et"' in again.content.decode()
    assert again.content == ukrainian.content != english.content
    # The bare address still sends each browser to its own language: never cached.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="uk").url == "/uk/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="et").url == "/et/"


def test_password_protected_page_is_never_cached(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Members only")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")

    first = client.get(article.url)
    second = client.get(article.url)

    assert b"Members only" not in first.content or b"password" in first.content.lower()
    assert "X-Page-Cache" not in second
    assert not cached_entries()


def test_renaming_a_category_empties_the_cache(client, news_indexes, article_factory):
    from core.models import Category

    category = Category.objects.create(name="Budgets", slug="budgets", locale=news_indexes["en"].locale)
    article = article_factory(news_indexes["en"], "Categorised", category=category)
    assert b"Budgets" in client.get(article.url).content

    category.name = "Public money"
    category.save()

    assert b"Public money" in client.get(article.url).content


def test_a_zero_lifetime_turns_the_cache_off_but_cdns_may_still_keep_pages(client, news_indexes, article_factory, settings):
    settings.PAGE_CACHE_SECONDS = 0
    article = article_factory(news_indexes["en"], "Uncached")

    responses = client.get(article.url), client.get(article.url)

    assert all("X-Page-Cache" not in response for response in responses)
    assert responses[1]["Cache-Control"] == "public, max-age=60"
    assert not cached_entries()


def test_admin_api_and_search_are_never_cached(client, news_indexes, article_factory, editor):
    article = article_factory(news_indexes["en"], "Searchable")
    for _ in range(2):
        search = client.get("/en/search/?q=Searchable")
        api = client.get(f"/api/v2/pages/{article.pk}/")
        login = client.get("/admin/login/")
    assert search.status_code == api.status_code == login.status_code == 200
    assert all("X-Page-Cache" not in response for response in (search, api, login))
    assert not cached_entries()


def test_a_render_that_straddles_a_publish_is_not_kept_as_current(client, news_indexes, article_factory, monkeypatch):
    """The generation is read before the render: a publish during it makes the entry stale."""
    article = article_factory(news_indexes["en"], "Racing")
    real = page_cache.PageCacheMiddleware.__call__

    def publish_during_render(self, request):
        inner = self.get_response

        def render_then_publish(request):
            response = inner(request)
            page_cache.purge()
            return response

        self.get_response = render_then_publish
        try:
            return real(self, request)
        finally:
            self.get_response = inner

    monkeypatch.setattr(page_cache.PageCacheMiddleware, "__call__", publish_during_render)
    client.get(article.url)
    monkeypatch.undo()

    assert client.get(article.url)["X-Page-Cache"] == "miss"


# --- keys that cannot be bust -------------------------------------------------------------------------


def renders(responses):
    """How many of these answers were rendered rather than read from the cache."""
    return sum(1 for response in responses if response.get("X-Page-Cache") != "hit")


def test_three_hundred_tracking_links_cost_one_render(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Shared everywhere")

    responses = [client.get(f"{article.url}?utm_source=campaign-{n}&utm_medium=email") for n in range(300)]

    assert renders(responses) == 1
    assert len(cached_entries()) == 1
    assert all(response.content == responses[0].content for response in responses)


def test_unknown_and_tracking_parameters_share_the_plain_entry(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Plain")
    client.get(article.url)

    for junk in ("fbclid=IwAR0x", "gclid=abc", "mc_eid=1", "ref=homepage", "page=2", "x=1&y=2", "utm_source="):
        assert client.get(f"{article.url}?{junk}")["X-Page-Cache"] == "hit", junk
    assert len(cached_entries()) == 1


def test_a_listing_keys_on_the_parameters_it_reads_and_nothing_else(client, news_indexes, article_factory, tags):
    for number in range(13):
        article_factory(news_indexes["en"], f"Story {number:02d}", tags=[tags["youth"]] if number < 2 else [])
    index = news_indexes["en"].url

    plain = client.get(index)
    assert client.get(f"{index}?page=1&utm_campaign=x")["X-Page-Cache"] == "hit"
    assert client.get(f"{index}?page=abc")["X-Page-Cache"] == "hit"  # the listing shows page 1 for it
    second = client.get(f"{index}?page=2")
    tagged = client.get(f"{index}?tag=youth&fbclid=1")

    assert second["X-Page-Cache"] == tagged["X-Page-Cache"] == "miss"
    assert client.get(f"{index}?fbclid=2&tag=youth")["X-Page-Cache"] == "hit"
    assert b"Story 00" in tagged.content and b"Story 05" not in tagged.content
    assert plain.content != second.content
    assert len(cached_entries()) == 3


def test_a_route_ignores_what_another_route_of_its_page_reads(client, news_indexes, article_factory, tags):
    article_factory(news_indexes["en"], "Tagged", tags=[tags["youth"]])
    tag_page = f"{news_indexes['en'].url}tag/youth/"
    client.get(tag_page)

    # The tag page does not filter by category: any category value is the same page.
    responses = [client.get(f"{tag_page}?category=made-up-{n}") for n in range(20)]

    assert renders(responses) == 0


def test_a_host_on_another_port_is_served_but_never_cached(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Ports")

    responses = [client.get(article.url, HTTP_HOST=f"testserver:{port}") for port in (8001, 8002, 8001)]

    assert all(response.status_code == 200 and "X-Page-Cache" not in response for response in responses)
    assert not cached_entries()
    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_with_a_public_base_url_every_host_shares_one_entry_with_canonical_links(client, news_indexes, article_factory, settings):
    settings.PUBLIC_BASE_URL = "https://portal.example.org"
    article = article_factory(news_indexes["en"], "Canonical")

    first = client.get(article.url, HTTP_HOST="10.0.0.5:8000")
    second = client.get(article.url, HTTP_HOST="testserver")

    assert second["X-Page-Cache"] == "hit"
    assert f'<link rel="canonical" href="https://portal.example.org{article.url}">' in first.content.decode()
    assert "10.0.0.5" not in first.content.decode()


def test_after_a_publish_a_path_is_keyed_by_what_it_shows_now(client, news_indexes, article_factory):
    """A spec learnt before a publish is relearnt: the path may now be another page."""
    for number in range(13):
        article_factory(news_indexes["en"], f"Story {number:02d}")
    index = news_indexes["en"].url
    client.get(f"{index}?page=2")

    article_factory(news_indexes["en"], "Breaking")  # publishing bumps the generation

    first = client.get(f"{index}?page=2")
    assert first["X-Page-Cache"] == "miss"
    assert client.get(f"{index}?page=2")["X-Page-Cache"] == "hit"
    assert client.get(index)["X-Page-Cache"] == "miss"
    assert b"Breaking" in client.get(index).content


def test_with_redis_three_hundred_tracking_links_add_one_entry(client, news_indexes, article_factory, settings):
    """The same against a real Redis: after the first reader, 299 more tracking links add no key."""
    import uuid

    import redis

    prefix = f"flood-test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/9",
            "KEY_PREFIX": prefix,
        }
    }
    server = redis.Redis.from_url("redis://127.0.0.1:6379/9")
    try:
        article = article_factory(news_indexes["en"], "Through Redis")
        first = client.get(f"{article.url}?utm_source=s0")
        before = set(server.keys(f"{prefix}:*"))

        responses = [client.get(f"{article.url}?utm_source=s{n}") for n in range(1, 300)]

        assert first["X-Page-Cache"] == "miss" and renders(responses) == 0
        assert set(server.keys(f"{prefix}:*")) == before
    finally:
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)
