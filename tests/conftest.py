"""Shared fixtures: a portal with its four locales and home pages, built fresh per test (or once
for a file, with ``made_for_the_module``)."""

import os
from contextlib import contextmanager

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it are still synchronous, so Django's async-safety guard must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LANGUAGE_CODES = ("en", "uk", "et", "lt")


@contextmanager
def made_for_the_module(django_db_blocker, make):
    """For a module-scoped fixture: what ``make()`` makes stays for all the file's tests and is
    rolled back after the last one. It is made in a transaction left open; each test's own is a
    savepoint within it, so a test's changes still go with the test (Django's
    ``TestCase.setUpTestData`` works the same way). Only for files without transactional tests,
    which would empty the tables under it."""
    from django.db import transaction

    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
        try:
            made = make()
        except BaseException:
            transaction.set_rollback(True)
            block.__exit__(None, None, None)
            raise
    try:
        yield made
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            block.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rate limits, renditions and navigation don't leak."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English and leaves English behind: a request served in Ukrainian must not
    leave its language to the next test, nor to the next file's module-scoped fixture (which is set
    up before any of that file's tests, so a restored leaked language would reach it)."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


HOME_TITLES = {"en": "Civic Portal", "uk": "Громадський портал", "et": "Kodanikuportaal", "lt": "Pilietinis portalas"}


@pytest.fixture
def locales(db):
    from core.demo.context import ensure_locales

    return ensure_locales()


def make_homes(locales):
    """One HomePage per language, translations of each other, as the default site's root."""
    from wagtail.models import Page, Site

    from core.demo.pages import publish, translation
    from home.models import HomePage

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePage(title=HOME_TITLES["en"], slug="home", locale=locales["en"], hero_heading=HOME_TITLES["en"])
    root.add_child(instance=home)
    publish(home)
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Test")
    result = {"en": home}
    for code in LANGUAGE_CODES[1:]:
        result[code] = translation(
            home, locales[code], title=HOME_TITLES[code], hero_heading=HOME_TITLES[code], slug=f"home-{code}"
        )
    return result


@pytest.fixture
def homes(locales):
    return make_homes(locales)


SECTION_TITLES = {
    "news": {"en": "News", "uk": "Новини", "et": "Uudised", "lt": "Naujienos"},
    "events": {"en": "Events", "uk": "Події", "et": "Sündmused", "lt": "Renginiai"},
    "projects": {"en": "Projects", "uk": "Проєкти", "et": "Projektid", "lt": "Projektai"},
}


def make_index(homes, model, slug):
    """A section index (``model``) at ``/<language>/<slug>/`` under each home, translations of the
    English one."""
    from core.demo.pages import child_page, translation

    titles = SECTION_TITLES[slug]
    english = child_page(homes["en"], model, slug=slug, title=titles["en"], show_in_menus=True)
    return {"en": english} | {code: translation(english, homes[code].locale, title=titles[code]) for code in LANGUAGE_CODES[1:]}


@pytest.fixture
def news_indexes(homes):
    from news.models import NewsIndexPage

    return make_index(homes, NewsIndexPage, "news")


def make_article(index, title, publish_it=True, **fields):
    """A NewsPage under ``index`` with sensible defaults; extra child objects may be passed."""
    import datetime as dt

    from django.utils import timezone
    from django.utils.text import slugify

    from core.demo.pages import publish
    from news.models import NewsPage

    tags = fields.pop("tags", [])
    defaults = {
        "slug": fields.pop("slug", None) or slugify(title, allow_unicode=True)[:50] or "article",
        "lead": "A lead sentence.",
        "date": timezone.now() - dt.timedelta(days=1),
        "locale": index.locale,
    }
    defaults.update(fields)
    article = NewsPage(title=title, live=publish_it, **defaults)
    index.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
        article.save()
    if publish_it:
        publish(article)
    else:
        article.save_revision()
    return article


@pytest.fixture
def article_factory():
    return make_article


def make_tags(locales):
    """Three topics with names in every language."""
    from core.models import Tag, TagLabel

    data = {
        "decentralisation": {
            "en": "Decentralisation",
            "uk": "Децентралізація",
            "et": "Detsentraliseerimine",
            "lt": "Decentralizacija",
        },
        "youth": {"en": "Youth", "uk": "Молодь", "et": "Noored", "lt": "Jaunimas"},
        "open-data": {"en": "Open data", "uk": "Відкриті дані", "et": "Avaandmed", "lt": "Atvirieji duomenys"},
    }
    result = {}
    for slug, names in data.items():
        tag = Tag.objects.create(name=names["en"], slug=slug)
        for code, name in names.items():
            if code != "en":
                TagLabel.objects.create(tag=tag, locale=locales[code], name=name)
        result[slug] = tag
    return result


@pytest.fixture
def tags(locales):
    return make_tags(locales)


@pytest.fixture
def event_indexes(homes):
    from events.models import EventIndexPage

    return make_index(homes, EventIndexPage, "events")


def make_event(index, title, **fields):
    """An EventPage under ``index``; one occurrence in Kyiv on the event's dates unless given."""
    import datetime as dt

    from django.utils import timezone
    from django.utils.text import slugify

    from core.demo.pages import publish
    from events.models import EventOccurrence, EventPage

    tags = fields.pop("tags", [])
    start = fields.pop("start_date", timezone.localdate() + dt.timedelta(days=30))
    defaults = {
        "slug": fields.pop("slug", None) or slugify(title)[:50] or "event",
        "summary": "A summary.",
        "start_date": start,
        "time_zone": "Europe/Kyiv",
        "locale": index.locale,
    }
    defaults.update(fields)
    defaults.setdefault(
        "occurrences", [EventOccurrence(city="Kyiv", venue="Hall", start_date=start, end_date=defaults.get("end_date"))]
    )
    event = EventPage(title=title, **defaults)
    index.add_child(instance=event)
    if tags:
        event.tags.add(*tags)
        event.save()
    return publish(event)


@pytest.fixture
def event_factory():
    return make_event


@pytest.fixture
def project_indexes(homes):
    from projects.models import ProjectIndexPage

    return make_index(homes, ProjectIndexPage, "projects")


def make_project(index, title, **fields):
    """A published ProjectPage under ``index``; running since a year ago unless dates are given."""
    import datetime as dt

    from django.utils import timezone
    from django.utils.text import slugify

    from core.demo.pages import publish
    from projects.models import ProjectPage

    tags = fields.pop("tags", [])
    defaults = {
        "slug": fields.pop("slug", None) or slugify(title)[:50] or "project",
        "goal": "Better services for residents.",
        "summary": "A summary.",
        "start_date": timezone.localdate() - dt.timedelta(days=365),
        "locale": index.locale,
    }
    defaults.update(fields)
    project = ProjectPage(title=title, **defaults)
    index.add_child(instance=project)
    if tags:
        project.tags.add(*tags)
        project.save()
    return publish(project)


@pytest.fixture
def project_factory():
    return make_project
