"""Site alerts: a council posts "No water in Podil until 18:00" and every reader of that language
sees it above the header — on pages already kept in the page cache too, from the moment it starts
until it ends — and no reader of another language does."""

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from wagtail.test.utils.form_data import rich_text

from core.models import SiteAlert

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(settings, homes):
    from wagtail.models import Site

    from core.models import PortalSettings

    PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_MAX_AGE = 60
    cache.clear()


def alert(locale, title, **fields):
    return SiteAlert.objects.create(locale=locale, title=title, **fields)


def alerts_shown(response):
    assert response.status_code in (200, 404)
    html = response.content.decode()
    return re.findall(r'<h2 class="site-alert__title" id="site-alert-\d+">([^<]*)</h2>', html)


def test_every_page_of_the_language_shows_its_alerts_most_severe_first(
    client, locales, homes, news_indexes, event_indexes, article_factory, event_factory
):
    article = article_factory(news_indexes["en"], "Budget hearing")
    event = event_factory(event_indexes["en"], "Open day")
    alert(locales["en"], "Library closed on Monday")
    alert(locales["en"], "No water in Podil until 18:00", severity="emergency", message="<p>Water trucks at <b>School 5</b>.</p>")
    alert(locales["uk"], "Немає води на Подолі до 18:00", severity="emergency")

    for url in ("/en/", "/en/news/", article.url, event.url, "/en/search/?q=budget", "/en/no-such-page/"):
        assert alerts_shown(client.get(url)) == ["No water in Podil until 18:00", "Library closed on Monday"], url
    html = client.get(article.url).content.decode()
    assert '<p class="site-alert__severity">Emergency</p>' in html
    assert "Water trucks at <b>School 5</b>." in html
    assert alerts_shown(client.get("/uk/")) == ["Немає води на Подолі до 18:00"]
    assert alerts_shown(client.get("/et/")) == []
    assert 'class="site-alerts"' not in client.get("/et/").content.decode()  # nor its script


def test_an_alert_shows_only_between_its_start_and_its_end(client, locales, homes):
    now = timezone.now()
    alert(locales["en"], "Ended yesterday", starts_at=now - dt.timedelta(days=2), ends_at=now - dt.timedelta(days=1))
    alert(locales["en"], "Starts tomorrow", starts_at=now + dt.timedelta(days=1))
    alert(locales["en"], "Until tonight", starts_at=now - dt.timedelta(hours=1), ends_at=now + dt.timedelta(hours=5))

    assert alerts_shown(client.get("/en/")) == ["Until tonight"]


def test_titles_and_details_written_by_editors_are_escaped(client, locales, homes):
    alert(
        locales["en"], '<script>alert("x")</script> Roads closed', message='<p onclick="x()">Detour via <script>y()</script></p>'
    )

    html = client.get("/en/").content.decode()

    assert "<script>alert" not in html and "y()</script>" not in html and "onclick" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Roads closed" in html


def test_a_new_alert_reaches_pages_already_in_the_page_cache(client, locales, page_cache_on, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Kept article")
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"

    posted = alert(locales["en"], "Office closed today")

    assert alerts_shown(client.get(article.url)) == ["Office closed today"]
    posted.delete()
    assert alerts_shown(client.get(article.url)) == []


def test_a_scheduled_alert_appears_and_disappears_on_kept_pages_on_time(client, locales, page_cache_on, news_indexes):
    start = timezone.now() + dt.timedelta(minutes=4)  # sooner than the page cache's 5 minutes
    alert(locales["en"], "Power cut from a quarter past", starts_at=start, ends_at=start + dt.timedelta(minutes=30))

    first = client.get("/en/")
    assert alerts_shown(first) == [] and first["X-Page-Cache"] == "miss"
    assert first["Cache-Control"] == "public, max-age=60"  # the alert is further away than a minute
    assert 230 <= int(first["Surrogate-Control"].removeprefix("max-age=")) <= 241  # Varnish keeps it until then
    assert client.get("/en/")["X-Page-Cache"] == "hit"

    with time_machine.travel(start - dt.timedelta(seconds=30), tick=False):
        assert client.get("/en/")["X-Page-Cache"] == "hit"  # still right for 30 s
        late = client.get("/en/news/")  # rendered now: browsers may keep it only until the start
        assert late["Cache-Control"] == "public, max-age=31"
    with time_machine.travel(start + dt.timedelta(seconds=1)):
        assert alerts_shown(client.get("/en/")) == ["Power cut from a quarter past"]
        assert alerts_shown(client.get("/en/news/")) == ["Power cut from a quarter past"]
    with time_machine.travel(start + dt.timedelta(minutes=30, seconds=1)):
        assert alerts_shown(client.get("/en/")) == []


def test_an_alert_cannot_end_before_it_starts(client, locales, homes):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    response = client.post(
        "/admin/snippets/core/sitealert/add/",
        {
            "title": "Backwards",
            "message": rich_text("<p>Use the side entrance.</p>"),
            "severity": "warning",
            "starts_at": "2027-01-10 10:00",
            "ends_at": "2027-01-10 09:00",
            "locale": locales["en"].pk,
        },
    )

    assert response.status_code == 200
    assert "The notice must end after it starts." in response.content.decode()
    assert not SiteAlert.objects.exists()


def test_editors_may_post_alerts_and_translators_may_translate_them(locales, homes):
    from django.apps import apps

    from core import roles

    roles.ensure_roles(apps)
    editors = Group.objects.get(name=roles.EDITORS)
    translators = Group.objects.get(name=roles.translator_group_name("uk"))

    assert {"add_sitealert", "change_sitealert"} <= set(editors.permissions.values_list("codename", flat=True))
    assert "change_sitealert" in translators.permissions.values_list("codename", flat=True)
