"""A reader hides a site alert once and it stays hidden on every page, with no cookie; an emergency
notice is readable, in both colour schemes, to axe's satisfaction."""

import pytest

from core.models import SiteAlert

from .axe import assert_accessible


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_hidden_alert_stays_hidden_across_pages_without_a_cookie(
    live_server, locales, news_indexes, article_factory, tab, scheme
):
    article = article_factory(news_indexes["en"], "Budget hearing")
    SiteAlert.objects.create(locale=locales["en"], title="No water in Podil until 18:00", severity="emergency")
    SiteAlert.objects.create(locale=locales["en"], title="Library closed on Monday")
    tab.emulate_media(color_scheme=scheme)

    tab.goto(f"{live_server.url}/en/news/")
    emergency = tab.get_by_role("region", name="No water in Podil until 18:00")
    assert emergency.is_visible() and tab.get_by_role("region", name="Library closed on Monday").is_visible()
    assert_accessible(tab)

    emergency.get_by_role("button", name="Hide this notice").click()

    assert not emergency.is_visible()
    tab.goto(f"{live_server.url}{article.url}")
    assert not tab.get_by_role("region", name="No water in Podil until 18:00").is_visible()
    assert tab.get_by_role("region", name="Library closed on Monday").is_visible()
    assert tab.context.cookies() == []


@pytest.mark.django_db(transaction=True)
def test_an_edited_alert_shows_again_to_a_reader_who_hid_it(live_server, locales, homes, tab):
    alert = SiteAlert.objects.create(locale=locales["en"], title="Roadworks on Main Street")
    tab.goto(f"{live_server.url}/en/")
    tab.get_by_role("button", name="Hide this notice").click()
    tab.reload()
    assert not tab.get_by_role("region", name="Roadworks on Main Street").is_visible()

    alert.title = "Roadworks on Main Street extended to Friday"
    alert.save()
    tab.reload()

    assert tab.get_by_role("region", name="Roadworks on Main Street extended to Friday").is_visible()
