"""An editor submits an article for review in a real browser, a moderator approves it, and readers see it."""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from core import roles
from news.models import NewsPage

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Council opens its budget to residents"


@pytest.fixture
def staff(news_indexes, django_user_model):
    """The roles the data migration builds (a transactional test flushes them), with one member each."""
    roles.ensure_roles(apps)
    for username, group in (("edith", roles.EDITORS), ("max", roles.MODERATORS)):
        user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
        user.groups.add(Group.objects.get(name=group))
    return news_indexes


def log_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/admin/")


def test_editor_submits_a_draft_and_a_moderator_approves_it_into_the_public_site(live_server, staff, tab):
    log_in(tab, live_server.url, "edith")
    tab.goto(f"{live_server.url}/admin/pages/add/news/newspage/{staff['en'].pk}/")
    tab.get_by_label(re.compile(r"^Title\*?$")).fill(TITLE)
    tab.get_by_label(re.compile(r"^Lead\*?$")).fill("Residents can comment on every line until May.")
    tab.get_by_role("button", name="More actions").click()
    submit = tab.get_by_role("button", name=f"Submit to {roles.WORKFLOW_NAME}")
    expect(submit).to_be_visible()
    expect(tab.get_by_role("button", name="Publish", exact=True)).to_have_count(0)  # editors may not publish by default
    with tab.expect_navigation():
        submit.click()

    article = NewsPage.objects.get(title=TITLE)
    assert not article.live
    assert WorkflowState.objects.for_instance(article).get().status == WorkflowState.STATUS_IN_PROGRESS

    moderator_context = tab.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    try:
        moderator = moderator_context.new_page()
        moderator.set_default_timeout(15_000)
        log_in(moderator, live_server.url, "max")
        row = moderator.get_by_role("row").filter(has=moderator.get_by_role("link", name=TITLE))
        expect(row).to_have_count(1)  # "Awaiting your review" on the dashboard
        row.get_by_role("button", name="Actions").click()
        with moderator.expect_navigation():
            row.get_by_role("button", name="Approve", exact=True).click()
        expect(moderator.get_by_role("link", name=TITLE)).to_have_count(0)  # nothing left to review

        article.refresh_from_db()
        assert article.live
        response = moderator.goto(f"{live_server.url}{article.url}")
        assert response.status == 200
        expect(moderator.get_by_role("heading", level=1)).to_have_text(TITLE)
    finally:
        moderator_context.close()
