"""Every sign-in form stops a password guesser alike: the admin's, the front-end login of restricted
pages (whose session opens the admin too) and the page-password form."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

EDITOR_PASSWORD = "right-password"  # noqa: S105
PAGE_PASSWORD = "harbour-gate"  # noqa: S105


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", "editor@example.com", EDITOR_PASSWORD, is_superuser=True)


@pytest.fixture
def members_only(news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Board minutes")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    return article


@pytest.fixture
def password_protected(news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Draft budget")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return article, restriction


class AdminLogin:
    name = "admin sign-in"

    def __init__(self, editor, **_):
        self.url = "/admin/login/"

    def attempt(self, client, password, username="editor", address="192.0.2.10", **extra):
        return client.post(self.url, {"username": username, "password": password}, REMOTE_ADDR=address, **extra)

    right = EDITOR_PASSWORD

    def signed_in(self, client, response):
        return response.status_code == 302 and "_auth_user_id" in client.session


class FrontEndLogin(AdminLogin):
    name = "front-end sign-in of restricted pages"

    def __init__(self, editor, members_only, **_):
        self.url = "/en/_util/login/"
        self.next = members_only.url

    def attempt(self, client, password, username="editor", address="192.0.2.10", **extra):
        data = {"username": username, "password": password, "next": self.next}
        return client.post(self.url, data, REMOTE_ADDR=address, **extra)


class PagePassword:
    name = "page password"
    right = PAGE_PASSWORD

    def __init__(self, password_protected, **_):
        article, restriction = password_protected
        self.article = article
        self.url = f"/en/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"

    def attempt(self, client, password, username=None, address="192.0.2.10", **extra):
        return client.post(self.url, {"password": password, "return_url": self.article.url}, REMOTE_ADDR=address, **extra)

    def signed_in(self, client, response):
        return response.status_code == 302 and client.get(self.article.url).status_code == 200


@pytest.fixture(params=[AdminLogin, FrontEndLogin, PagePassword], ids=["admin", "front-end", "page-password"])
def form(request, editor, members_only, password_protected):
    return request.param(editor=editor, members_only=members_only, password_protected=password_protected)


def test_a_guesser_is_stopped_after_five_failures_on_every_form(client, form, settings):
    settings.LOGIN_MAX_FAILURES = 5

    failures = [form.attempt(client, f"guess-{n}").status_code for n in range(5)]
    blocked = form.attempt(client, form.right)

    assert failures == [200] * 5  # the form again, with its error
    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) > 0
    assert "Too many failed sign-in attempts" in blocked.content.decode()
    assert not form.signed_in(client, blocked)  # even the right password waits


def test_the_refusal_speaks_the_visitors_language(client, editor, settings):
    settings.LOGIN_MAX_FAILURES = 1
    url = "/uk/_util/login/"
    client.post(url, {"username": "editor", "password": "wrong"})

    blocked = client.post(url, {"username": "editor", "password": "wrong"})

    assert blocked.status_code == 429
    assert "Забагато невдалих спроб входу" in blocked.content.decode()
    assert blocked["Content-Language"] == "uk"


def test_a_success_before_the_limit_starts_the_count_afresh(client, form, settings):
    settings.LOGIN_MAX_FAILURES = 3
    form.attempt(client, "typo-1")
    form.attempt(client, "typo-2")
    assert form.signed_in(client, form.attempt(client, form.right))
    client.logout()

    assert [form.attempt(client, f"typo-{n}").status_code for n in range(3)] == [200, 200, 200]
    assert form.attempt(client, "typo").status_code == 429


def test_the_limit_is_per_client_and_username(client, editor, settings):
    settings.LOGIN_MAX_FAILURES = 2
    login = AdminLogin(editor)
    for n in range(2):
        login.attempt(client, f"guess-{n}")

    assert login.attempt(client, "x").status_code == 429
    assert login.attempt(client, "x", username="someone-else").status_code == 200
    other_office = login.attempt(client, EDITOR_PASSWORD, address="198.51.100.7")
    assert login.signed_in(client, other_office)  # signed in from elsewhere


def test_failures_on_one_form_count_towards_the_others_for_that_username(client, editor, members_only, settings):
    """The front-end form is not a side door around the admin's limit."""
    settings.LOGIN_MAX_FAILURES = 100
    settings.LOGIN_MAX_FAILURES_PER_CLIENT = 4
    admin, front = AdminLogin(editor), FrontEndLogin(editor, members_only)
    for n in range(2):
        admin.attempt(client, f"guess-{n}")
        front.attempt(client, f"guess-{n}")

    assert front.attempt(client, EDITOR_PASSWORD).status_code == 429
    assert admin.attempt(client, EDITOR_PASSWORD).status_code == 429


def test_trying_one_password_on_many_usernames_is_stopped_too(client, editor, settings):
    settings.LOGIN_MAX_FAILURES = 5
    settings.LOGIN_MAX_FAILURES_PER_CLIENT = 10
    login = AdminLogin(editor)

    statuses = [login.attempt(client, "Summer2026!", username=f"user{n}").status_code for n in range(12)]

    assert statuses == [200] * 10 + [429] * 2


def test_the_pause_ends_after_the_window(client, form, settings):
    settings.LOGIN_MAX_FAILURES = 1
    form.attempt(client, "wrong")
    assert form.attempt(client, form.right).status_code == 429

    cache.clear()  # what the window's expiry does

    assert form.signed_in(client, form.attempt(client, form.right))


def test_failures_are_kept_without_address_or_username(client, form):
    form.attempt(client, "wrong")

    keys = " ".join(cache._cache)  # locmem: every key it holds
    assert "login-failures:" in keys and "login-failures-client:" in keys
    assert "192.0.2.10" not in keys and "editor" not in keys


def test_sign_in_works_and_says_so_in_the_log_when_the_cache_cannot_count(client, editor, settings, caplog):
    settings.LOGIN_MAX_FAILURES = 1
    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
    from core import redis_cache, throttling

    redis_cache.reset_breakers()
    throttling._last_warning.clear()
    login = AdminLogin(editor)

    with caplog.at_level(logging.WARNING):
        statuses = [login.attempt(client, "wrong").status_code for _ in range(3)]
        success = login.attempt(client, EDITOR_PASSWORD)

    assert statuses == [200, 200, 200]  # no count, no lockout: fail open
    assert login.signed_in(client, success)
    assert "cannot count requests for the sign-in limit" in caplog.text
    redis_cache.reset_breakers()


def test_the_sign_in_pages_are_portal_pages_in_the_readers_language(client, members_only, password_protected):
    login = client.get(f"/uk/_util/login/?next={members_only.url}").content.decode()
    article, _restriction = password_protected
    password = client.get(article.url).content.decode()

    assert '<html lang="uk"' in login and "Ця сторінка лише для читачів, які увійшли." in login
    assert 'class="site-header"' in login and 'name="username"' in login
    assert 'name="password"' in password and 'class="site-header"' in password
    # The protected page gives nothing away: no title, no description, no canonical link.
    assert article.title not in password and article.lead not in password
    assert 'rel="canonical"' not in password and '<meta name="robots" content="noindex">' in password
