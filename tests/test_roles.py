"""Editors write, moderators publish, translators localize their own language — through the real admin."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, TaskState, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core import roles
from core.models import PortalSettings
from news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _roles():
    """The roles come from a data migration; a browser test's flush in the same worker wipes
    them (and the tree root they hang on), so rebuild both exactly as the migrations do."""
    from core.demo.context import ensure_locales

    ensure_locales()
    roles.ensure_roles(apps)


def member_of(group_name, username, django_user_model):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def as_user(client, django_user_model):
    """Log the test client in as a new member of a group."""

    def login(group_name, username):
        client.force_login(member_of(group_name, username, django_user_model))
        return client

    return login


def article_form(title, slug, action=None):
    data = {
        "title": title,
        "slug": slug,
        "date": "2024-03-01 10:30",
        "lead": "A lead.",
        "body": streamfield([("paragraph", rich_text("<p>Body</p>"))]),
        "authors": inline_formset([]),
        "gallery_images": inline_formset([]),
        "related_reads": inline_formset([]),
        "tags": "",
        "views_before_migration": "0",
    }
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def allow_editors_to_publish(allowed):
    portal_settings = PortalSettings.for_site(Page.objects.get(depth=2, locale__language_code="en").get_site())
    portal_settings.editors_can_publish = allowed
    portal_settings.save()


def was_refused(response):
    """Wagtail answers a forbidden admin view with a redirect to the dashboard or a 403."""
    return response.status_code == 403 or (response.status_code == 302 and "/edit/" not in response["Location"])


# Editors


def test_editor_writes_a_draft_and_submits_it_for_moderation(as_user, news_indexes):
    editor = as_user(roles.EDITORS, "edith")

    assert editor.get(add_url(news_indexes["en"])).status_code == 200
    response = editor.post(add_url(news_indexes["en"]), article_form("Budget hearing", "budget-hearing"))
    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsPage.objects.get(slug="budget-hearing")
    assert not article.live and article.has_unpublished_changes

    response = editor.post(edit_url(article), article_form("Budget hearing", "budget-hearing", "submit"))

    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(article).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == roles.WORKFLOW_NAME
    assert state.current_task_state.task.name == roles.TASK_NAME


def test_editor_cannot_publish_by_default(as_user, news_indexes, article_factory):
    draft = article_factory(news_indexes["en"], "Quiet draft", publish_it=False)
    editor = as_user(roles.EDITORS, "edith")

    edited = editor.post(edit_url(draft), article_form("Quiet draft, revised", draft.slug, "publish"))
    added = editor.post(add_url(news_indexes["en"]), article_form("Straight out", "straight-out", "publish"))

    assert edited.status_code == added.status_code == 302  # saved as drafts, not rejected
    draft.refresh_from_db()
    assert not draft.live and draft.get_latest_revision_as_object().title == "Quiet draft, revised"
    assert not NewsPage.objects.get(slug="straight-out").live


def test_editor_publishes_once_the_setting_allows_it_and_not_after_it_is_switched_off(as_user, news_indexes, article_factory):
    draft = article_factory(news_indexes["en"], "Open call", publish_it=False)
    editor = as_user(roles.EDITORS, "edith")

    allow_editors_to_publish(True)
    response = editor.post(edit_url(draft), article_form("Open call", draft.slug, "publish"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live

    allow_editors_to_publish(False)
    second = article_factory(news_indexes["en"], "Closed call", publish_it=False)
    editor.post(edit_url(second), article_form("Closed call", second.slug, "publish"))

    second.refresh_from_db()
    assert not second.live
    assert not GroupPagePermission.objects.filter(group__name=roles.EDITORS, permission__codename="publish_page").exists()


def test_editor_cannot_approve_their_own_submission(as_user, news_indexes, article_factory):
    draft = article_factory(news_indexes["en"], "Self review", publish_it=False)
    editor = as_user(roles.EDITORS, "edith")
    editor.post(edit_url(draft), article_form("Self review", draft.slug, "submit"))
    task_state = TaskState.objects.get(workflow_state__object_id=str(draft.pk))

    response = editor.post(reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]))

    assert was_refused(response)
    draft.refresh_from_db()
    assert not draft.live


# Moderators


@pytest.fixture
def submitted(as_user, news_indexes, article_factory):
    """An English article an editor has submitted for review."""
    draft = article_factory(news_indexes["en"], "Awaiting review", publish_it=False)
    editor = as_user(roles.EDITORS, "edith")
    response = editor.post(edit_url(draft), article_form("Awaiting review", draft.slug, "submit"))
    assert response.status_code == 302
    editor.logout()
    return draft


def test_moderator_sees_the_task_approves_it_and_the_article_goes_live(as_user, submitted, client):
    moderator = as_user(roles.MODERATORS, "max")

    dashboard = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and "Awaiting review" in dashboard

    task_state = TaskState.objects.get(workflow_state__object_id=str(submitted.pk), status=TaskState.STATUS_IN_PROGRESS)
    response = moderator.post(reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "approve", task_state.pk]))

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.live
    assert WorkflowState.objects.for_instance(submitted).get().status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert client.get(submitted.url).status_code == 200


def test_moderator_unpublishes_a_live_article(as_user, news_indexes, article_factory):
    article = article_factory(news_indexes["uk"], "Стара новина", slug="stara")
    moderator = as_user(roles.MODERATORS, "max")

    response = moderator.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]))

    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


# Translators


def test_ukrainian_translator_edits_and_publishes_only_the_ukrainian_tree(as_user, news_indexes, article_factory):
    source = article_factory(news_indexes["en"], "Local budgets")
    estonian = article_factory(news_indexes["et"], "Kohalikud eelarved", slug="eelarved")
    ukrainian = article_factory(news_indexes["uk"], "Місцеві бюджети", slug="biudzhety", publish_it=False)
    translator = as_user(roles.translator_group_name("uk"), "olena")

    assert translator.get(edit_url(ukrainian)).status_code == 200
    assert was_refused(translator.get(edit_url(source)))
    assert was_refused(translator.get(edit_url(estonian)))
    assert was_refused(translator.get(add_url(news_indexes["en"])))
    assert was_refused(translator.get(add_url(news_indexes["uk"])))  # translators translate, they don't add

    response = translator.post(edit_url(ukrainian), article_form("Місцеві бюджети", "biudzhety", "publish"))

    assert response.status_code == 302
    ukrainian.refresh_from_db()
    assert ukrainian.live


def test_translator_cannot_edit_source_page_by_posting(as_user, news_indexes, article_factory):
    source = article_factory(news_indexes["en"], "Source text", slug="source-text")
    translator = as_user(roles.translator_group_name("uk"), "olena")

    response = translator.post(edit_url(source), article_form("Hijacked", "source-text", "publish"))

    assert was_refused(response)
    source.refresh_from_db()
    assert source.title == "Source text"


def test_a_new_language_home_gives_its_translators_their_subtree(homes):
    for code in ("uk", "et", "lt"):
        granted = GroupPagePermission.objects.filter(group__name=roles.translator_group_name(code))
        assert {(p.page_id, p.permission.codename) for p in granted} == {
            (homes[code].pk, "change_page"),
            (homes[code].pk, "publish_page"),
        }
    assert not GroupPagePermission.objects.filter(group__name__startswith="Translators", page=homes["en"]).exists()


# Anonymous visitors


def test_visitor_is_sent_to_the_login_page(client, homes):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


# The roles themselves


def test_roles_are_exactly_what_the_portal_describes(homes):
    roles.ensure_roles(apps)  # idempotent, and grants existing homes as the migration does
    roles.ensure_roles(apps)

    root = Page.get_first_root_node()
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", "Translators (Ukrainian)", "Translators (Estonian)", "Translators (Lithuanian)"} <= names

    def page_codenames(group_name, page):
        return set(
            GroupPagePermission.objects.filter(group__name=group_name, page=page).values_list("permission__codename", flat=True)
        )

    assert page_codenames("Editors", root) == {"add_page", "change_page"}
    assert page_codenames("Moderators", root) == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    assert page_codenames("Translators (Ukrainian)", homes["uk"]) == {"change_page", "publish_page"}
    assert GroupPagePermission.objects.filter(group__name="Translators (Ukrainian)").count() == 2

    editors = Group.objects.get(name="Editors")
    assert {"access_admin", "add_organisation", "change_region", "add_tag"} <= set(
        editors.permissions.values_list("codename", flat=True)
    )
    assert set(editors.collection_permissions.values_list("permission__codename", flat=True)) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    translator_codenames = set(Group.objects.get(name="Translators (Estonian)").permissions.values_list("codename", flat=True))
    assert "change_organisation" in translator_codenames and "add_organisation" not in translator_codenames

    workflow = Workflow.objects.get()
    assert workflow.name == roles.WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [roles.TASK_NAME]
    assert list(workflow.tasks.get().specific.groups.values_list("name", flat=True)) == ["Moderators"]
    assert WorkflowPage.objects.get(page=root).workflow == workflow
