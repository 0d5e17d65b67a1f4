"""A translator hears when the source of a page they translated changes.

When a page that wagtail-localize translates from is published again, everyone who worked on one
of its translations — saved a revision of it, or translated one of its strings — gets an e-mail
in their admin language: what changed, and a link to sync it into their language. The dashboard
panel shows the same page as "Outdated" until they do. The person who published gets none.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

logger = logging.getLogger("portal.translation")


def translators_of(source, target):
    """Active users with an e-mail address who worked on ``target``, the translation of ``source``."""
    revision_authors = Revision.page_revisions.filter(object_id=str(target.pk)).values("user_id")
    string_authors = StringTranslation.objects.filter(locale_id=target.locale_id, translation_of__segments__source=source).values(
        "last_translated_by_id"
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(pk__in=revision_authors) | Q(pk__in=string_authors))
        .select_related("wagtail_userprofile")
    )


def source_page_published(sender, instance, revision=None, **kwargs):
    """``page_published`` receiver: notify after the commit, when the new content is there to sync."""
    page = instance
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale_id=page.locale_id).first()
    if source is None:
        return
    publisher_id = getattr(revision, "user_id", None)
    transaction.on_commit(lambda: notify(page, source, publisher_id))


def notify(page, source, publisher_id=None):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    sync_url = base + reverse("wagtail_localize:update_translations", args=[source.pk])
    sent = 0
    for item in Translation.objects.filter(source=source, enabled=True).select_related("target_locale"):
        target = Page.objects.filter(translation_key=page.translation_key, locale=item.target_locale).first()
        if target is None:
            continue
        for user in translators_of(source, target):
            if user.pk == publisher_id:
                continue
            profile = getattr(user, "wagtail_userprofile", None)
            with translation.override(getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE):
                subject = _("“%(title)s” changed: its %(language)s translation needs a sync") % {
                    "title": page.title,
                    "language": item.target_locale.get_display_name(),
                }
                body = _(
                    "The %(source_language)s page “%(title)s”, which you translated into %(language)s, was published "
                    "with changes.\n\nTake the changes into your translation:\n%(sync_url)s\n\n"
                    "Your translation:\n%(edit_url)s\n"
                ) % {
                    "source_language": page.locale.get_display_name(),
                    "title": page.title,
                    "language": item.target_locale.get_display_name(),
                    "sync_url": sync_url,
                    "edit_url": base + reverse("wagtailadmin_pages:edit", args=[target.pk]),
                }
            try:
                send_mail(subject, body, None, [user.email])
            except OSError as error:  # a mail server that is down must not fail the editor's publish
                logger.warning("Could not tell %s that “%s” changed: %s", user.get_username(), page.title, error)
                continue
            sent += 1
    return sent
