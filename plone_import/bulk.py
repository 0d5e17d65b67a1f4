"""Index once at the end instead of on every save while thousands of items arrive.

A page is saved three times on its way in (created, revision, published); Wagtail re-indexes it
for search and for its reference index ("used by") on each of those saves. For a bulk import
that is most of the work, so, as Wagtail's docs advise for bulk loads, both automatic updates
stand aside during the run and every imported object is indexed once, in bulk, at the end.
"""

import contextlib
from collections import defaultdict

from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


class DeferredIndexing:
    def __init__(self):
        self.objects = defaultdict(dict)  # model → {pk: object}

    def add(self, obj):
        if obj is not None and obj.pk is not None:
            self.objects[type(obj)][obj.pk] = obj

    @contextlib.contextmanager
    def active(self):
        models = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
        try:
            with disable_reference_index_auto_update():
                yield self
        finally:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
        self.flush()

    def flush(self):
        backends = list(get_search_backends(with_auto_update=True))
        for model, objects in self.objects.items():
            keys = list(objects)
            fresh = [obj for start in range(0, len(keys), 500) for obj in model.objects.filter(pk__in=keys[start : start + 500])]
            for obj in fresh:
                ReferenceIndex.create_or_update_for_object(obj)
            if fresh and search_index.class_is_indexed(model):
                for backend in backends:
                    backend.add_bulk(model, fresh)
        self.objects.clear()
