"""A Ukrainian translator's day, in a real browser, end to end.

An editor has published an English article in the category "Reports", which already has a
Ukrainian name ("Звіти"), with a brand-new tag. The Ukrainian translator — not an editor — finds it
on the dashboard, starts the translation (a draft nobody sees), translates every string and the
tag, publishes; readers then find it on /uk/news/ at a Latin address made from the Ukrainian title,
with the Ukrainian category name unchanged, and the switchers link both pages.
"""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.models import Category, Tag
from core.roles import ensure_roles, translator_group_name

pytestmark = pytest.mark.django_db(transaction=True)

UKRAINIAN_TITLE = "Слухання щодо бюджету гавані"
UKRAINIAN_SLUG = "slukhannia-shchodo-biudzhetu-havani"


@pytest.fixture
def article(homes, news_indexes, article_factory, locales):
    from django.apps import apps

    ensure_roles(apps)
    reports = Category.objects.create(name="Reports", slug="reports", locale=locales["en"])
    ukrainian = reports.copy_for_translation(locales["uk"])
    ukrainian.name = "Звіти"
    ukrainian.save()
    tag = Tag.objects.create(name="Harbour budget", slug="harbour-budget")
    return article_factory(
        news_indexes["en"],
        "Harbour budget hearing",
        slug="harbour-budget-hearing",
        lead="Residents asked where the harbour money goes.",
        category=reports,
        tags=[tag],
    )


@pytest.fixture
def translator(django_user_model, homes):
    user = django_user_model.objects.create_user("oksana", "oksana@example.org", "pw")
    user.groups.add(Group.objects.get(name=translator_group_name("uk")))
    return user


def sign_in(tab, base, username):
    tab.goto(f"{base}/admin/login/")
    tab.get_by_label("Username").fill(username)
    tab.get_by_label("Password").fill("pw")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(re.compile(r"/admin/$"))


def reader_sees(browser, url):
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(url)
        return response.status, page.content()
    finally:
        context.close()


def test_a_ukrainian_translator_translates_an_article_end_to_end(live_server, tab, browser, article, translator):
    base = live_server.url
    sign_in(tab, base, "oksana")

    # The dashboard lists the article as missing in Ukrainian; Start offers Ukrainian only.
    panel = tab.locator("[data-waiting-for-translation]")
    expect(panel).to_contain_text("Harbour budget hearing")
    panel.get_by_role("link", name=re.compile("Start")).first.click()
    expect(tab.get_by_label("Українська")).to_be_checked()
    assert tab.get_by_label("Eesti").count() == 0 and tab.get_by_label("Lietuvių").count() == 0
    tab.get_by_role("button", name="Submit").click()

    # Nobody reading sees a draft.
    for path in ("/uk/", "/uk/news/"):
        _status, html = reader_sees(browser, base + path)
        assert "Harbour budget hearing" not in html, path

    # The tag still has no Ukrainian name: the editor says so and links to the tag screen.
    notice = tab.locator("[data-untranslated-tags]")
    expect(notice).to_contain_text("Harbour budget")
    notice.get_by_role("link").click()
    tab.get_by_label("Harbour budget").fill("Бюджет гавані")
    tab.get_by_role("button", name="Save tag names").click()
    expect(tab.locator("[data-untranslated-tags]")).to_have_count(0)

    # Every string, translated in wagtail-localize's editor.
    words = {
        "Harbour budget hearing": UKRAINIAN_TITLE,
        "harbour-budget-hearing": UKRAINIAN_TITLE,
        "Residents asked where the harbour money goes.": "Мешканці запитали, куди йдуть гроші гавані.",
    }
    expect(tab.get_by_role("button", name="Translate", exact=True).first).to_be_visible()
    translated = 0
    for tab_name in ("Content", "Promote"):
        tab.get_by_role("tab", name=tab_name).click()
        while tab.get_by_role("button", name="Translate", exact=True).count():
            button = tab.get_by_role("button", name="Translate", exact=True).first.element_handle()
            # The segment: the list item holding the source text, the editor and the buttons.
            segment = button.evaluate_handle("button => button.closest('ul').closest('li')").as_element()
            source = segment.query_selector("p").inner_text().strip()
            text = next((ukrainian for english, ukrainian in words.items() if english == source), "Переклад")
            button.click()
            segment.wait_for_selector("textarea").fill(text)
            segment.query_selector("button:text-is('Save')").click()
            segment.wait_for_selector(f"text={text}")
            translated += 1
    assert translated >= 3  # title, lead and the slug at least
    tab.get_by_role("button", name=re.compile("Publish in")).click()
    expect(tab.get_by_text(re.compile("published", re.I)).first).to_be_visible()

    # Readers: the Ukrainian news list has it, at a Latin address, in the Ukrainian category.
    _status, listing = reader_sees(browser, f"{base}/uk/news/")
    assert UKRAINIAN_TITLE in listing and "Звіти" in listing and ">Reports<" not in listing
    status, page = reader_sees(browser, f"{base}/uk/news/{UKRAINIAN_SLUG}/")
    assert status == 200 and "Бюджет гавані" in page
    assert 'href="/en/news/harbour-budget-hearing/" hreflang="en"' in page
    _status, english = reader_sees(browser, f"{base}/en/news/harbour-budget-hearing/")
    assert f'href="/uk/news/{UKRAINIAN_SLUG}/" hreflang="uk"' in english
