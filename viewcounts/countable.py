"""Which page ids the view beacon may count, remembered in the cache.

Deciding it takes a query (a published page, outside private sections, of a type that counts
views); a beacon arrives with every page view, so the answer is kept per page id with the
*generation* it was taken under, both read in one cache round trip. Publishing, unpublishing or
deleting a page forgets its answer; a change that can reach many pages at once (a privacy
setting, a move, a section unpublished) starts a new generation. Without a cache every beacon
asks the database, as before.
"""

import uuid

from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.visibility import public

GENERATION_KEY = "view-beacon-pages-generation"
ENTRY_PREFIX = "view-beacon-page:"
ENTRY_SECONDS = 3600


def _entry_key(page_id):
    return f"{ENTRY_PREFIX}{page_id}"


def _look_up(page_id):
    """Whether ``page_id`` counts views, and its stored ``(legacy, total)``, in one query."""
    row = (
        public(Page.objects.filter(pk=page_id))
        .select_related("content_type")
        .annotate(legacy=F("view_count_record__legacy"), total=F("view_count_record__total"))
        .first()
    )
    model = row.specific_class if row is not None else None
    countable = model is not None and bool(getattr(model, "counts_views", False))
    return countable, ((row.legacy or 0, row.total or 0) if countable else None)


def check(page_id):
    """``(may the beacon count a view of page_id, its stored (legacy, total) or None)``.

    The stored counts come along when the answer had to be looked up (the same query), so the
    beacon need not ask again; when the answer was remembered they are ``None``.
    """
    key = _entry_key(page_id)
    found = cache.get_many([GENERATION_KEY, key])
    generation, entry = found.get(GENERATION_KEY), found.get(key)
    if generation is not None and entry is not None and entry[0] == generation:
        return entry[1], None
    countable, stored = _look_up(page_id)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    if generation is not None:  # None: the cache is down, nothing to keep
        cache.set(key, (generation, countable), timeout=ENTRY_SECONDS)
    return countable, stored


def is_countable(page_id):
    """May the beacon count a view of ``page_id``?"""
    return check(page_id)[0]


def forget_page(sender, instance, **kwargs):
    """Signal receiver: this page was published, unpublished or deleted."""
    if getattr(instance, "numchild", 0):
        forget_all()  # its pages below may have gone with it
    else:
        cache.delete(_entry_key(instance.pk))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_page(sender, instance)


def forget_all(*args, **kwargs):
    """Signal receiver: every answer may be out of date."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(forget_page, dispatch_uid=f"view-beacon-pages-{signal is page_published}")
    post_delete.connect(page_deleted, dispatch_uid="view-beacon-pages-deleted")
    post_page_move.connect(forget_all, dispatch_uid="view-beacon-pages-moved")
    for signal in (post_save, post_delete):
        signal.connect(forget_all, sender=PageViewRestriction, dispatch_uid=f"view-beacon-pages-privacy-{signal is post_save}")
