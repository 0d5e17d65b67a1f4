"""Our Content-Security-Policy in a real browser: every page works under it, and it bites."""

import pytest
from django.contrib.auth import get_user_model

from news.models import NewsPageGalleryImage

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def story(news_indexes, article_factory, event_indexes, event_factory):
    from core.demo.images import ensure_image

    pictures = [ensure_image(f"CSP picture {i}", key=f"csp-{i}", palette="blue") for i in range(2)]
    event_factory(event_indexes["en"], "Budget school")
    return article_factory(
        news_indexes["en"],
        "Policies in practice",
        slug="policies",
        hero_image=pictures[0],
        gallery_images=[NewsPageGalleryImage(image=p, caption=f"Picture {i}", credit="Studio") for i, p in enumerate(pictures)],
    )


def test_reader_pages_work_under_the_policy_without_a_single_violation(live_server, story, event_indexes, tab):
    for path in ("/en/", story.get_parent().url, event_indexes["en"].url, "/en/search/?q=policies", story.url):
        response = tab.goto(f"{live_server.url}{path}")
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        tab.wait_for_load_state("networkidle")

    # Our own scripts ran: the beacon counted and the gallery opens.
    tab.wait_for_function("() => document.querySelector('[data-view-count]').textContent.trim() === '1'")
    tab.locator("[data-gallery-item]").first.click()
    assert tab.locator("dialog.lightbox").is_visible()
    assert tab.csp_violations == []


def test_an_injected_inline_script_is_refused(live_server, story, tab):
    tab.goto(f"{live_server.url}{story.url}")

    tab.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.appendChild(script);
        }"""
    )
    tab.wait_for_timeout(200)  # the console message arrives asynchronously

    assert tab.evaluate("() => window.injected") is None
    assert any("inline script" in text for text in tab.csp_violations), tab.csp_violations
    tab.csp_violations.clear()  # expected here: the fixture fails any test that leaves one


def test_editor_sees_the_userbar_on_public_pages_without_violations(live_server, story, tab):
    get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    tab.goto(f"{live_server.url}/admin/login/")
    tab.get_by_label("Username").fill("editor")
    tab.get_by_label("Password").fill("pw")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(f"{live_server.url}/admin/")

    response = tab.goto(f"{live_server.url}{story.url}")
    tab.wait_for_load_state("networkidle")

    assert response.headers["cache-control"] == "private"
    assert tab.locator("wagtail-userbar").count() == 1
    tab.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    tab.wait_for_load_state("networkidle")
    assert tab.csp_violations == []
