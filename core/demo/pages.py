"""Helpers that create or find demo pages and their translations, idempotently. Each indexes
the pages it saves once, when it is done (``indexing``): the demo's and the tests' pages alike."""

from wagtail.models import Page

from .indexing import indexed_at_the_end


@indexed_at_the_end()
def publish(page, user=None):
    revision = page.save_revision(user=user, log_action=False)
    revision.publish(user=user, log_action=False)
    page.refresh_from_db()
    return page


@indexed_at_the_end()
def child_page(parent, model, *, slug, **fields):
    """Find ``parent``'s child with ``slug`` (in the parent's locale) or create and publish it."""
    existing = Page.objects.child_of(parent).filter(slug=slug, locale=parent.locale).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    return publish(page)


@indexed_at_the_end()
def translation(source, locale, **fields):
    """The translation of ``source`` into ``locale``, written by hand (not machine-made).

    Uses Wagtail's copy-for-translation so the pages share a translation key and the
    language switcher, hreflang links and wagtail-localize all know they belong together.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    page = source.copy_for_translation(locale, copy_parents=False, alias=False)
    for name, value in fields.items():
        setattr(page, name, value)
    return publish(page)
