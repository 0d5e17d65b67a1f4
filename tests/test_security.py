"""Security headers, the admin sign-in limit, and the static checks that run with every build."""

import subprocess
import sys

import pytest

from tests.test_settings import ROOT, STRONG_KEY, manage, show_settings

pytestmark = pytest.mark.django_db


def directives(policy):
    return {part.split()[0]: part.split()[1:] for part in (item.strip() for item in policy.split(";")) if part}


def test_public_pages_allow_only_our_own_scripts(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Headers")

    for url in ("/en/", news_indexes["en"].url, article.url, "/en/search/?q=x", "/en/no-such-page/"):
        response = client.get(url)
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_page_templates_carry_no_inline_script(client, news_indexes, article_factory):
    """Only <script src> from our own static files, and JSON-LD data (never executed)."""
    import re

    article = article_factory(news_indexes["en"], "Inline")
    html = client.get(article.url).content.decode()

    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert scripts
    for attributes in scripts:
        assert 'src="/static/' in attributes or 'type="application/ld+json"' in attributes, attributes
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    assert "javascript:" not in html


def test_admin_keeps_a_policy_it_can_live_with(client):
    response = client.get("/admin/login/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]  # page previews are framed by the admin
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert "script-src" not in policy  # Wagtail's admin still writes inline scripts


def test_files_and_json_get_no_policy(client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Beacon")
    response = client.post(f"/api/views/{article.pk}/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/140.0")
    assert response.status_code == 200 and "Content-Security-Policy" not in response


def test_uploads_on_object_storage_are_allowed_as_images(client, homes, settings):
    settings.MEDIA_URL = "https://media.example.org/portal/"
    response = client.get("/en/")
    assert "https://media.example.org" in directives(response["Content-Security-Policy"])["img-src"]


# --- Client addresses (sign-in limits: test_login_throttle.py) ----------------------------------------


def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(rf, settings):
    from core.throttling import client_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5, 192.0.2.99")
    settings.NUM_PROXIES = 0
    assert client_address(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    assert client_address(request) == "192.0.2.99"  # the one our proxy appended
    settings.NUM_PROXIES = 5
    assert client_address(request) == "203.0.113.5"


# --- Deployment checks --------------------------------------------------------------------------------


def test_production_check_deploy_is_clean_with_the_cdn_purge_switched_on():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="portal.example.org",
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081/",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_frontend_cache_purging_is_off_unless_configured():
    assert show_settings("'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS") == "False"
    on = show_settings(
        "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS, settings.WAGTAILFRONTENDCACHE['default']['LOCATION']",
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081/",
    )
    assert on == "True http://varnish.internal:6081/"


def test_page_cache_lifetimes_come_from_the_environment():
    production = {"DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": STRONG_KEY}
    expression = "settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_MAX_AGE"
    assert show_settings(expression, **production) == "300 60"
    assert show_settings(expression, **production, PAGE_CACHE_SECONDS="0", PAGE_CACHE_MAX_AGE="600") == "0 600"


def test_bandit_finds_no_medium_or_high_issue_in_our_code():
    """Everything that runs in production; tests and the benchmark harness (bench/) only ever talk
    to loopback servers they start themselves, so they are left out like the installed packages."""
    excluded = "./.venv,./node_modules,./tests,./bench"
    result = subprocess.run(
        [sys.executable, "-m", "bandit", "-q", "-ll", "-r", ".", "-x", excluded, "-f", "txt"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
