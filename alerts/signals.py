"""A page's first publication in its language goes on the alerts' work list, and a task is queued.

``page_published`` is sent by every publication: the editor's, a scheduled one
(``publish_scheduled``), a workflow's approval, a revert. Only the *first* publication of a page
is news: Wagtail sets ``first_published_at`` and ``last_published_at`` to the same moment then,
and never again (unpublishing and publishing again, or editing, leaves ``first_published_at``
alone). Each language edition is its own page, so its first publication is news in its language.
A page that is not public when first published (restricted, or only scheduled) is never
announced; nor are aliases, which repeat another page, nor the sections' listings and the
language home pages, which are not news.

Nothing is sent here: the :class:`~alerts.models.PublishedItem` is written in the publishing
transaction and the task (``alerts.tasks.send_page_alerts``) is queued once it commits, so a
worker never looks for a row that is not there yet. If queueing fails, the periodic ``manage.py
send_alerts`` finds the row and does the work; publishing never fails because of alerts.
"""

import logging

from django.db import DatabaseError, transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from core.languages import language_code_of
from core.listing import FilteredListing
from core.models import BasePage
from core.visibility import is_public

from .models import PublishedItem

logger = logging.getLogger("portal.alerts")


def is_news(page):
    """A page of content (an article, an event, a project, a content page…): not a section's
    listing, not a language's home page, and not a page outside the portal's families."""
    return isinstance(page, BasePage) and not isinstance(page, FilteredListing) and page.depth > 2


def is_first_publication(page):
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


def queue_alerts(item_id):
    from .tasks import send_page_alerts

    try:
        send_page_alerts.enqueue(item_id)
    except Exception:  # the task backend is down: send_alerts does it later
        logger.exception("Could not queue the alerts of published item %s; send_alerts will send them.", item_id)


@receiver(page_published, dispatch_uid="alerts_record_first_publication")
def record_first_publication(sender, instance, **kwargs):
    page = instance
    if not page.live or page.alias_of_id is not None or not is_news(page) or not is_first_publication(page):
        return
    if not is_public(page):
        return
    try:
        with transaction.atomic():
            item, created = PublishedItem.objects.get_or_create(
                page_id=page.pk, defaults={"language": language_code_of(page), "published_at": page.first_published_at}
            )
    except DatabaseError:
        logger.exception("Could not record the publication of page %s for the e-mail alerts.", page.pk)
        return
    if created:
        transaction.on_commit(lambda: queue_alerts(item.pk))
