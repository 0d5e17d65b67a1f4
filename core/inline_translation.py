"""Data migration support: give existing inline rows a locale and a translation key.

When an inline model (a page's authors, venues, communities…) becomes ``TranslatableMixin``,
its existing rows need both. Each row takes its page's locale; the n-th row of every
translation of a page shares one translation key, so the first wagtail-localize sync pairs the
rows instead of replacing them. Works on the migration's historical models only.
"""

import uuid
from collections import defaultdict


def fill_locale_and_translation_key(app_label, model_names):
    """A ``RunPython`` function filling ``locale`` and ``translation_key`` of ``app_label``'s models."""

    def fill(apps, schema_editor):
        Page = apps.get_model("wagtailcore", "Page")
        for model_name in model_names:
            model = apps.get_model(app_label, model_name)
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

    return fill
