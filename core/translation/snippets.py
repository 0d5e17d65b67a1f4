"""Shared snippets keep their translations: hand-made ones are adopted into wagtail-localize.

A page submitted for translation takes its categories, organisations, funding programmes and
regions along (wagtail-localize translates related objects one level deep). For a snippet whose
Ukrainian row already exists but was written by hand — in the snippet editor, by the demo, by an
import — wagtail-localize knows no Ukrainian strings, so it rebuilds the row from the source and
"Звіти" becomes "Reports" on every Ukrainian card. Lost data.

The cure is to make wagtail-localize *know* those strings: ``adopt(target)`` records each field
of an existing translation as wagtail-localize's own translation of the matching source string
(a ``StringTranslation``, with a ``Translation`` record so the admin shows the snippet as
translated and opens it in the translation editor). Submitting or syncing then writes back
exactly what is there. It runs

* after every save of a snippet translation (``adopt_on_save``), so a translator's direct edit in
  the snippet editor is kept too;
* in a data migration per app, for the rows that existed before;
* from the demo loader, which makes its translations the same way.

A field whose value is a source-language text — today's, or one the source had before — is an
untranslated copy, not a translation: it stays "to translate", never marked done in English.
"""

import functools
from collections import defaultdict

from django.db import transaction
from modelcluster.fields import ParentalKey
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import String, StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


@functools.cache
def is_translatable_snippet(model):
    """Translatable models that stand alone (snippets), not pages and not a page's inline rows."""
    if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
        return False
    return not any(isinstance(field, ParentalKey) for field in model._meta.fields)


def source_of(instance):
    """The row ``instance`` is a translation of: the one wagtail-localize already uses as the
    source, else the one in the default language; ``None`` if ``instance`` is that row itself."""
    known = TranslationSource.objects.filter(object_id=instance.translation_key).select_related("locale").first()
    translations = instance.__class__.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    if known is not None:
        if known.locale_id == instance.locale_id:
            return None
        return translations.filter(locale_id=known.locale_id).first()
    from wagtail.models import Locale

    default = Locale.get_default()
    if instance.locale_id == default.pk:
        return None
    return translations.filter(locale_id=default.pk).first()


@transaction.atomic
def adopt(target, user=None):
    """Record the strings of ``target`` (a hand-made translation) as wagtail-localize's translations.

    Returns how many strings were recorded or changed. Never touches ``target`` itself.
    """
    source_instance = source_of(target)
    if source_instance is None:
        return 0
    source, created = TranslationSource.get_or_create_from_instance(source_instance)
    if not created:
        source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale_id=target.locale_id, defaults={"enabled": True})

    wanted = _strings_by_position(segment for segment in extract_segments(target) if isinstance(segment, StringSegmentValue))
    source_segments = defaultdict(list)
    for segment in StringSegment.objects.filter(source=source).select_related("context", "string").order_by("order"):
        source_segments[segment.context.path].append(segment)

    source_texts = set(
        String.objects.filter(locale_id=source.locale_id, data__in=[v for values in wanted.values() for v in values]).values_list(
            "data", flat=True
        )
    )
    changed = 0
    for path, segments in source_segments.items():
        values = wanted.get(path, [])
        if len(values) != len(segments):
            continue  # the two rows no longer have the same shape: nothing can be paired safely
        for segment, value in zip(segments, values, strict=True):
            if value in source_texts:
                continue  # still a source-language text (today's or an older one): left to translate
            translation, made = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale_id=target.locale_id,
                context=segment.context,
                defaults={
                    "data": value,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
            if made:
                changed += 1
            elif translation.data != value:
                translation.data = value
                translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
                translation.last_translated_by = user
                translation.has_error = False
                translation.save()
                changed += 1
    return changed


def _strings_by_position(segments):
    by_path = defaultdict(list)
    for segment in segments:
        by_path[segment.path].append(segment.string.data)
    return by_path


def adopt_all(model, fields=None):
    """Adopt every existing translation of ``model`` (data migrations); returns strings recorded.

    ``fields`` limits the columns read to those the database has at that point of a migration
    (later migrations may add columns the real model already knows).
    """
    from wagtail.models import Locale

    default = Locale.get_default()
    rows = model.objects.exclude(locale=default).order_by("pk")
    if fields:
        rows = rows.only(*fields)
    return sum(adopt(row) for row in rows)


def adopt_on_save(sender, instance, raw=False, **kwargs):
    """``post_save`` receiver: keep wagtail-localize's strings in step with a translation saved directly."""
    if raw or not is_translatable_snippet(sender) or not instance.pk:
        return
    adopt(instance)


def adopt_in_migration(*model_labels):
    """A ``RunPython`` function adopting the existing translations of ``model_labels``.

    Uses the real models (wagtail-localize reads their translatable fields) inside a savepoint:
    on a database whose schema is ahead of or behind these models, it steps aside and leaves the
    adoption to ``manage.py adopt_snippet_translations``.
    """

    def run(apps, schema_editor):
        import logging

        from django.apps import apps as real_apps
        from django.db import DatabaseError

        for label in model_labels:
            historical = apps.get_model(label)
            if not historical.objects.exists():
                continue  # a new database: nothing to adopt
            fields = [field.name for field in historical._meta.concrete_fields]
            try:
                with transaction.atomic():
                    adopt_all(real_apps.get_model(label), fields)
            except (DatabaseError, LookupError) as error:
                logging.getLogger("portal.translation").warning(
                    "Translations of %s not adopted (%s); run manage.py adopt_snippet_translations.", label, error
                )

    return run
