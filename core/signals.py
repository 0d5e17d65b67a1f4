"""Keep caches honest: anything that changes the header, menu or footer bumps the chrome version."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import chrome
from .models import Organisation, PortalSettings


def connect():
    page_published.connect(chrome.invalidate, dispatch_uid="portal-chrome-published")
    page_unpublished.connect(chrome.invalidate, dispatch_uid="portal-chrome-unpublished")
    post_page_move.connect(chrome.invalidate, dispatch_uid="portal-chrome-moved")
    post_delete.connect(_page_deleted, dispatch_uid="portal-chrome-page-deleted")
    for model in (PortalSettings, Organisation, PageViewRestriction):
        post_save.connect(chrome.invalidate, sender=model, dispatch_uid=f"portal-chrome-save-{model.__name__}")
        post_delete.connect(chrome.invalidate, sender=model, dispatch_uid=f"portal-chrome-delete-{model.__name__}")


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        chrome.invalidate()
