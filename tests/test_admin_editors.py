"""Editors open and save every page type in the admin, with its tabs and validation messages."""

import pytest
from django.urls import reverse

from projects.models import ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def test_every_page_type_opens_with_its_tabs(
    editor, homes, news_indexes, article_factory, event_indexes, event_factory, project_indexes, project_factory
):
    pages = {
        "home": (homes["en"], ["Content", "Blocks", "Promote"]),
        "news": (article_factory(news_indexes["en"], "An article"), ["Content", "Media", "Relations", "Promote", "Settings"]),
        "event": (event_factory(event_indexes["en"], "An event"), ["Participation", "Programme", "Relations", "Promote"]),
        "project": (project_factory(project_indexes["en"], "A project"), ["Scope", "Funding and contact", "Promote"]),
    }
    for name, (page, tabs) in pages.items():
        response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        html = response.content.decode()
        assert response.status_code == 200, name
        for tab in tabs:
            assert tab in html, (name, tab)
        assert "Views before migration" in html or name == "home"


def test_project_editor_gets_a_clear_message_for_a_backwards_period(editor, project_indexes):
    url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", project_indexes["en"].pk])
    form = editor.get(url)
    assert form.status_code == 200
    data = {
        "title": "Backwards",
        "slug": "backwards",
        "goal": "A goal.",
        "summary": "A summary.",
        "start_date": "2024-05-01",
        "end_date": "2024-01-01",
        "period_precision": "day",
        "budget_currency": "EUR",
        "views_before_migration": "0",
        "body-count": "0",
        "iati_results-count": "0",
    }
    formsets = ("communities", "components", "results", "organisations", "related_reads", "tagged_items")
    iati_rows = ("iati_sectors", "iati_countries", "iati_regions", "iati_budgets", "iati_transactions")
    for formset in formsets + iati_rows:
        data.update(
            {
                f"{formset}-TOTAL_FORMS": "0",
                f"{formset}-INITIAL_FORMS": "0",
                f"{formset}-MIN_NUM_FORMS": "0",
                f"{formset}-MAX_NUM_FORMS": "1000",
            }
        )
    response = editor.post(url, data)

    assert response.status_code == 200
    assert "The project cannot end before it starts." in response.content.decode()
    assert not ProjectPage.objects.filter(slug="backwards").exists()
