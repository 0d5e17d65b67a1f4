"""Inline rows get a locale and a translation key, so wagtail-localize can translate their words.

Existing rows take their page's locale; the n-th row of every translation of a page shares one
translation key, so the first sync after this migration pairs them instead of replacing them.
The columns become required in the next migration (PostgreSQL will not alter a table with
pending row updates in the same transaction).
"""

import uuid
from collections import defaultdict

import django.db.models.deletion
from django.db import migrations, models

MODELS = ['eventoccurrence', 'eventlearningoutcome', 'eventorganisation', 'eventspeaker', 'eventsession', 'eventgalleryimage']


def fill_locale_and_translation_key(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for model_name in MODELS:
        model = apps.get_model("events", model_name)
        rows = list(model.objects.order_by("page_id", "sort_order", "pk").values_list("pk", "page_id"))
        pages = {
            pk: (translation_key, locale_id)
            for pk, translation_key, locale_id in Page.objects.filter(pk__in={page for _pk, page in rows}).values_list(
                "pk", "translation_key", "locale_id"
            )
        }
        position = defaultdict(int)
        keys = {}
        for pk, page_id in rows:
            page_key, locale_id = pages[page_id]
            slot = (page_key, position[page_id])
            position[page_id] += 1
            key = keys.setdefault(slot, uuid.uuid4())
            model.objects.filter(pk=pk).update(translation_key=key, locale_id=locale_id)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_related_project"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventoccurrence",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventoccurrence",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventlearningoutcome",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventlearningoutcome",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventorganisation",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventorganisation",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventspeaker",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventspeaker",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventsession",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventsession",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventgalleryimage",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventgalleryimage",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(fill_locale_and_translation_key, migrations.RunPython.noop),
    ]
