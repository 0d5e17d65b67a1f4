"""`make run` loads the four-language demo; loading it again changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import Organisation, RelatedRead, TaggedPage
from viewcounts.models import PageViewCount, PageViewDay

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "organisations": Organisation.objects.count(),
        "view totals": sum(PageViewCount.objects.values_list("total", flat=True)),
        "view days": PageViewDay.objects.count(),
        "related reads": RelatedRead.objects.count(),
        "tag links": TaggedPage.objects.count(),
    }


def test_demo_shows_every_family_in_four_languages_and_loads_idempotently(client):
    from io import StringIO

    call_command("load_demo", stdout=StringIO())
    first = snapshot()
    call_command("load_demo", stdout=StringIO())

    assert snapshot() == first
    for language in ("en", "uk", "et", "lt"):
        for path in ("", "news/", "events/", "projects/"):
            assert client.get(f"/{language}/{path}").status_code == 200, (language, path)
    home = client.get("/uk/").content.decode()
    assert "Останні новини" in home and "Найближчі події" in home and "Чинні проєкти" in home
    # A translation a translator has started but not finished: a draft in the Estonian tree.
    assert Page.objects.filter(locale__language_code="et", live=False).exists()
    assert_indexed(client)


def assert_indexed(client):
    """The loader indexes each page once, at the end, instead of at every save: what readers
    search and what the admin's "used in" counts read must be there all the same."""
    from django.utils.html import escape
    from wagtail.models import ReferenceIndex

    from news.models import NewsPage

    articles = NewsPage.objects.live().filter(locale__language_code__in=["en", "uk"]).select_related("locale", "hero_image")
    assert articles
    for article in articles:
        found = client.get(f"/{article.locale.language_code}/search/", {"q": article.title})
        assert escape(article.title) in found.content.decode(), article.title
        if article.hero_image_id:
            users = ReferenceIndex.get_references_to(article.hero_image).values_list("object_id", flat=True)
            assert str(article.pk) in set(users), article.title


def test_outside_debug_the_demo_admin_gets_a_generated_password(settings):
    """``admin``/``admin`` on a public server is an open door: only `make run` (DEBUG) uses it."""
    from io import StringIO

    from django.contrib.auth import get_user_model

    from core.management.commands.load_demo import Command

    settings.DEBUG = False
    out = StringIO()
    Command(stdout=out)._ensure_admin()

    admin = get_user_model().objects.get(username="admin")
    assert not admin.check_password("admin")
    printed = out.getvalue().split("password '", 1)[1].split("'", 1)[0]
    assert admin.check_password(printed)

    # An admin left with the known password by an earlier run gets a new one too.
    admin.set_password("admin")
    admin.save()
    Command(stdout=StringIO())._ensure_admin()
    admin.refresh_from_db()
    assert not admin.check_password("admin")


def test_while_developing_the_demo_admin_is_admin_admin(settings):
    from io import StringIO

    from django.contrib.auth import get_user_model

    from core.management.commands.load_demo import Command

    settings.DEBUG = True
    out = StringIO()
    Command(stdout=out)._ensure_admin()

    assert get_user_model().objects.get(username="admin").check_password("admin")
    assert "password 'admin'" in out.getvalue()
