"""Editors find, sort and edit news in the admin."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return client


def test_all_news_listing_shows_date_views_and_tags(
    editor_client, news_indexes, article_factory, tags, django_assert_max_num_queries
):
    for i in range(5):
        article_factory(
            news_indexes["en"], f"Listed {i}", tags=[tags["youth"], tags["open-data"]], views_before_migration=1000 + i
        )

    response = editor_client.get("/admin/news_listing/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Listed 4" in html and "1004" in html
    assert "Open data, Youth" in html
    assert "Publication date" in html


def test_editor_can_open_every_tab_of_the_article_editor(editor_client, news_indexes, article_factory):
    article = article_factory(news_indexes["en"], "Editable")

    html = editor_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    for tab in ("content", "media", "relations", "promote"):
        assert f'id="tab-label-{tab}"' in html
    assert "views before migration" in html.lower()


def test_editor_creates_an_article_through_the_admin_form(editor_client, news_indexes):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    from news.models import NewsPage

    data = nested_form_data(
        {
            "title": "Written in the admin",
            "slug": "written-in-the-admin",
            "date": "2024-03-01 10:30",
            "lead": "A lead.",
            "body": streamfield([("paragraph", rich_text("<p>Body</p>"))]),
            "authors": inline_formset([{"name": "Ana", "role": ""}]),
            "gallery_images": inline_formset([]),
            "related_reads": inline_formset([]),
            "tags": "youth, open data",
            "views_before_migration": "0",
            "action-publish": "publish",
        }
    )

    response = editor_client.post(f"/admin/pages/add/news/newspage/{news_indexes['en'].pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsPage.objects.get(slug="written-in-the-admin")
    assert article.live and article.authors.get().name == "Ana"
    assert sorted(tag.name for tag in article.tags.all()) == ["open data", "youth"]


def test_admin_form_rejects_a_source_link_without_a_name(editor_client, news_indexes):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Bad source",
            "slug": "bad-source",
            "date": "2024-03-01 10:30",
            "lead": "A lead.",
            "body": streamfield([]),
            "authors": inline_formset([]),
            "gallery_images": inline_formset([]),
            "related_reads": inline_formset([]),
            "source_url": "https://example.org",
            "views_before_migration": "0",
        }
    )

    response = editor_client.post(f"/admin/pages/add/news/newspage/{news_indexes['en'].pk}/", data)

    assert response.status_code == 200
    assert "Name the source the link points to." in response.content.decode()
