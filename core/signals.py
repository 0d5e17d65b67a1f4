"""Keep caches honest: anything that changes what pages show bumps the chrome version (header,
menu, footer) and empties the page cache."""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import chrome, page_cache
from .models import Category, FundingProgramme, Organisation, PortalSettings, Tag, TagLabel
from .translation import notifications, snippets

#: Saved or deleted, these change the chrome and so every page.
CHROME_MODELS = (PortalSettings, Organisation, PageViewRestriction)
#: These change what pages show (names, labels, pictures), not the chrome.
CONTENT_MODELS = (FundingProgramme, Category, Tag, TagLabel, Site)


def connect():
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(pages_changed, dispatch_uid=f"portal-pages-{name}")
    post_delete.connect(_page_deleted, dispatch_uid="portal-chrome-page-deleted")
    for model in CHROME_MODELS:
        post_save.connect(pages_changed, sender=model, dispatch_uid=f"portal-chrome-save-{model.__name__}")
        post_delete.connect(pages_changed, sender=model, dispatch_uid=f"portal-chrome-delete-{model.__name__}")
    for model in (*CONTENT_MODELS, get_image_model()):
        post_save.connect(page_cache.purge, sender=model, dispatch_uid=f"portal-pages-save-{model.__name__}")
        post_delete.connect(page_cache.purge, sender=model, dispatch_uid=f"portal-pages-delete-{model.__name__}")
    # Translations: hand-made snippet translations are kept by wagtail-localize; translators hear
    # when a page they translated changes at the source.
    post_save.connect(snippets.adopt_on_save, dispatch_uid="portal-adopt-snippet-translation")
    page_published.connect(notifications.source_page_published, dispatch_uid="portal-translators-notified")


def pages_changed(*args, **kwargs):
    """Signal receiver: the chrome and every cached page are out of date."""
    chrome.invalidate()
    page_cache.purge()


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        pages_changed()
