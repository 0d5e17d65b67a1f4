"""A reader in a real browser: the counter goes up, the carousel works from the keyboard,
the gallery opens and closes, and nothing blocks assistive technology."""

import re

import pytest

from core.demo.pages import translation
from core.models import RelatedRead
from news.models import NewsPageGalleryImage
from tests.browser.axe import assert_accessible
from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def story(news_indexes, article_factory, tags):
    """An English article with a gallery, a quote and five related reads, translated everywhere."""
    from core.demo.images import ensure_image

    pictures = [ensure_image(f"Browser picture {i}", key=f"browser-{i}", palette="green") for i in range(3)]
    others = [
        article_factory(news_indexes["en"], f"Related story {i}", hero_image=pictures[i % 3], tags=[tags["youth"]])
        for i in range(5)
    ]
    article = article_factory(
        news_indexes["en"],
        "Youth councils in twelve towns",
        slug="youth-councils",
        hero_image=pictures[0],
        lead="Young people now sit on municipal councils.",
        body=[
            ("paragraph", "<p>Twelve towns opened their councils to young members.</p>"),
            ("quote", {"quote": "We were heard.", "speaker": "Marta", "role": "Youth delegate", "organisation": ""}),
        ],
        gallery_images=[NewsPageGalleryImage(image=p, caption=f"Session {i}", credit="Studio") for i, p in enumerate(pictures)],
        tags=[tags["youth"]],
        related_reads=[RelatedRead(page=p) for p in others[:2]],
    )
    titles = {
        "uk": "Молодіжні ради у дванадцяти містах",
        "et": "Noortevolikogud kaheteistkümnes linnas",
        "lt": "Jaunimo tarybos dvylikoje miestų",
    }
    for code, title in titles.items():
        translation(article, news_indexes[code].locale, title=title)
    return article


def test_reader_sees_the_counter_increase_after_the_beacon(live_server, story, tab):
    tab.goto(f"{live_server.url}{story.url}")

    counter = tab.locator("[data-view-count]")
    tab.wait_for_function("() => document.querySelector('[data-view-count]').textContent.trim() === '1'")
    assert counter.inner_text() == "1"

    tab.reload()  # the same reader reloading is not a new view
    tab.wait_for_load_state("networkidle")
    assert counter.inner_text() == "1"

    other_reader = tab.context.browser.new_context()
    try:
        second = other_reader.new_page()
        second.goto(f"{live_server.url}{story.url}")
        second.wait_for_function("() => document.querySelector('[data-view-count]').textContent.trim() === '2'")
    finally:
        other_reader.close()


def test_keyboard_reader_tabs_through_the_carousel(live_server, story, tab):
    tab.set_viewport_size({"width": 700, "height": 900})
    tab.goto(f"{live_server.url}{story.url}")
    carousel = tab.locator("[aria-roledescription='carousel']")
    links = carousel.locator(".card__title a")
    assert links.count() == 4
    assert carousel.locator("[data-carousel-controls]").is_visible()

    links.first.focus()
    focused = [tab.evaluate("() => document.activeElement.textContent.trim()")]
    for _ in range(3):
        tab.keyboard.press("Tab")
        focused.append(tab.evaluate("() => document.activeElement.textContent.trim()"))

    assert focused == [links.nth(i).inner_text() for i in range(4)]
    # The focused card is scrolled into view (smoothly, so wait for the track to settle).
    tab.wait_for_function("() => document.querySelector('[data-carousel-track]').scrollLeft > 0")
    tab.wait_for_timeout(600)
    last_box = links.nth(3).bounding_box()
    assert 0 <= last_box["x"] < 700

    carousel.locator("[data-carousel-prev]").click()
    tab.wait_for_timeout(600)
    assert links.nth(3).bounding_box()["x"] > last_box["x"], "the previous button scrolls back"


def test_carousel_is_a_plain_list_without_javascript(live_server, story, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}{story.url}")
        assert page.locator("[data-carousel-controls]").is_hidden()
        assert page.locator(".carousel__item").count() == 4
        href = page.locator(".gallery__link").first.get_attribute("href")
        assert re.match(r"/media/images/.+\.webp$", href), "gallery thumbnails link to the full picture"
    finally:
        context.close()


def test_gallery_lightbox_opens_moves_with_arrows_and_closes_with_escape(live_server, story, tab):
    tab.goto(f"{live_server.url}{story.url}")
    first = tab.locator(".gallery__link").first
    first.click()

    dialog = tab.locator("dialog.lightbox")
    assert dialog.is_visible()
    assert dialog.locator(".lightbox__position").inner_text() == "1 of 3"
    tab.keyboard.press("ArrowRight")
    assert dialog.locator(".lightbox__position").inner_text() == "2 of 3"
    assert "Session 1" in dialog.locator(".lightbox__caption").inner_text()
    tab.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert first.evaluate("link => link === document.activeElement"), "focus returns to the thumbnail"


def test_article_and_index_have_no_serious_accessibility_violations(live_server, story, tab):
    for code in LANGUAGE_CODES:
        translated = story if code == "en" else story.get_translation(story.locale.__class__.objects.get(language_code=code))
        tab.goto(f"{live_server.url}{translated.url}")
        assert_accessible(tab)
        tab.goto(f"{live_server.url}{translated.get_parent().url}")
        assert_accessible(tab)


def test_back_link_returns_to_the_filtered_listing_the_reader_came_from(live_server, story, tab):
    tab.goto(f"{live_server.url}{story.get_parent().url}?tag=youth")
    tab.locator(".card__title a", has_text=story.title).first.click()
    tab.wait_for_url(f"**{story.url}")

    assert tab.locator("[data-back-link]").get_attribute("href") == f"{story.get_parent().url}?tag=youth"


def test_back_link_ignores_a_reader_arriving_from_elsewhere(live_server, story, tab):
    tab.goto(f"{live_server.url}/en/search/?q=youth")
    tab.locator(f"a[href='{story.url}']").first.click()
    tab.wait_for_url(f"**{story.url}")

    assert tab.locator("[data-back-link]").get_attribute("href") == story.get_parent().url
