"""Keep caches honest: anything that changes what pages show bumps the chrome version (header,
menu, footer) and purges the page cache — only the answers that show a published page when that
is all that changed (``core.surrogate_keys``), all of them when every page may show the change."""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import chrome, page_cache, surrogate_keys, tag_neighbours
from .models import Category, FundingProgramme, Organisation, PortalSettings, SiteAlert, Tag, TaggedPage, TagLabel
from .translation import notifications, snippets

#: Saved or deleted, these change the chrome and so every page.
CHROME_MODELS = (PortalSettings, Organisation, PageViewRestriction, SiteAlert)
#: These change what pages show (names, labels, pictures), not the chrome.
CONTENT_MODELS = (FundingProgramme, Category, Tag, TagLabel, Site)


def connect():
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
        signal.connect(page_changed, dispatch_uid=f"portal-pages-{name}")
    # A new address changes every link to the page, wherever it is written.
    for signal, name in ((post_page_move, "moved"), (page_slug_changed, "slug-changed")):
        signal.connect(pages_changed, dispatch_uid=f"portal-pages-{name}")
    post_delete.connect(_page_deleted, dispatch_uid="portal-chrome-page-deleted")
    # Related reads: the kept "shares the most tags" lists follow pages going live and leaving.
    page_published.connect(_neighbour_published, dispatch_uid="portal-tag-neighbours-published")
    page_unpublished.connect(_neighbour_unpublished, dispatch_uid="portal-tag-neighbours-unpublished")
    post_delete.connect(tag_neighbours.forget_everything, sender=Tag, dispatch_uid="portal-tag-neighbours-tag-deleted")
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


def page_changed(sender, instance, **kwargs):
    """Signal receiver: ``instance`` was published or unpublished.

    A leaf page outside the menu (an article, an event, a project) purges what shows it; a page
    with pages below it or in the menu is in every child's breadcrumbs or every page's menu, so
    everything goes."""
    chrome.invalidate()
    if instance.numchild or instance.show_in_menus:
        page_cache.purge()
        return
    # Their language switchers and hreflang links name this page (or stop naming it).
    translations = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    paths = translations.values_list("path", flat=True)
    tags = TaggedPage.objects.filter(content_object_id=instance.pk).values_list("tag__slug", flat=True)
    page_cache.purge_keys(surrogate_keys.keys_changed_by(instance, tags, paths))


def _neighbour_published(sender, instance, **kwargs):
    tag_neighbours.page_published(instance)


def _neighbour_unpublished(sender, instance, **kwargs):
    tag_neighbours.forget(instance.pk)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pages_changed()
