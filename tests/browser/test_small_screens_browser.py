"""A visitor on a phone: a compact header with a Menu button, and no page wider than the screen."""

import pytest


def phone(browser, width=390, javascript=True):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="uk-UA", java_script_enabled=javascript)
    return context, context.new_page()


@pytest.mark.django_db(transaction=True)
def test_the_menu_folds_behind_a_button_on_a_phone(live_server, news_indexes, article_factory, browser):
    article_factory(news_indexes["uk"], "Новина для телефона")
    context, page = phone(browser)
    try:
        page.goto(f"{live_server.url}/uk/news/")
        menu = page.get_by_role("button", name="Меню")
        main_nav = page.locator("#main-nav")

        assert menu.is_visible() and menu.get_attribute("aria-expanded") == "false"
        assert not main_nav.is_visible() and not page.get_by_role("search").first.is_visible()
        assert page.locator(".site-header").bounding_box()["height"] < 120
        assert page.evaluate("document.documentElement.scrollWidth") <= 390

        menu.click()

        assert menu.get_attribute("aria-expanded") == "true"
        assert main_nav.is_visible() and page.get_by_role("link", name="Новини").first.is_visible()
        assert page.get_by_role("search").first.is_visible()
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_whole_menu_is_shown(live_server, news_indexes, browser):
    context, page = phone(browser, javascript=False)
    try:
        page.goto(f"{live_server.url}/uk/news/")

        assert not page.locator(".menu-toggle").is_visible()
        assert page.locator("#main-nav").is_visible() and page.get_by_role("search").first.is_visible()
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_wide_screens_show_the_menu_without_a_button(live_server, news_indexes, browser):
    context, page = phone(browser, width=1280)
    try:
        page.goto(f"{live_server.url}/uk/news/")

        assert not page.locator(".menu-toggle").is_visible()
        assert page.locator("#main-nav").is_visible()
    finally:
        context.close()
