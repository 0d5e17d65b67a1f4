"""A translator in a real browser: Translate → Estonian, the title in wagtail-localize's editor,
publish; then a reader goes from the English article to the Estonian one through the switcher."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

ESTONIAN_TITLE = "Avatud eelarve kuulamised Tartus"


def test_translator_translates_a_title_and_the_reader_switches_to_estonian(
    live_server, tab, django_user_model, news_indexes, article_factory
):
    article = article_factory(news_indexes["en"], "Open budget hearings in Tartu", lead="Residents ask, the council answers.")
    django_user_model.objects.create_superuser("translator", "translator@example.com", "pw")

    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("translator")
    tab.get_by_label("Password").fill("pw")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(re.compile(r"/admin/$"))

    # The English article's editor: Translate, in the header's actions menu.
    tab.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    tab.locator("header").get_by_role("button", name="Actions").click()
    tab.get_by_role("link", name="Translate this page").click()
    tab.get_by_label("Eesti").check()
    tab.get_by_role("button", name="Submit").click()

    # wagtail-localize's translation editor: the title is the first string.
    tab.get_by_role("button", name="Translate", exact=True).first.click()
    tab.locator("textarea").first.fill(ESTONIAN_TITLE)
    tab.get_by_role("button", name="Save", exact=True).first.click()
    expect(tab.get_by_text(ESTONIAN_TITLE).first).to_be_visible()
    tab.get_by_role("button", name="Publish in Eesti").click()
    expect(tab.get_by_text(re.compile("published", re.I)).first).to_be_visible()

    # A reader on the English article follows the language switcher.
    tab.goto(f"{live_server.url}{article.url}")
    tab.get_by_role("navigation", name="Language").get_by_role("link", name="Eesti").click()
    tab.wait_for_url(re.compile(r"/et/"))
    expect(tab.get_by_role("heading", level=1)).to_have_text(ESTONIAN_TITLE)
