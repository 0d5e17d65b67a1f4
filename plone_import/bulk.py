"""Index once at the end instead of on every save while thousands of items arrive.

A page is saved three times on its way in (created, revision, published); Wagtail re-indexes it
for search and for its reference index ("used by") on each of those saves. For a bulk import
that is most of the work, so, as Wagtail's docs advise for bulk loads, both automatic updates
stand aside during the run and every imported object is indexed once, in bulk, at the end.

The reference index is written the way ``ReferenceIndex.create_or_update_for_object`` does it —
the same extraction, the same rows — but for a thousand objects at once: their child rows
(authors, venues, gallery pictures…) are fetched with them, their old rows removed in one
statement and the new ones inserted in batches, instead of four to eight queries per object.
"""

import contextlib
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import post_save
from modelcluster.models import get_all_child_relations
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

CHUNK = 500


class DeferredIndexing:
    def __init__(self):
        # model → primary keys; the objects are read back in chunks at the end, so a run of
        # 50 000 items holds 50 000 numbers here, not 50 000 pages with their bodies.
        self.objects = defaultdict(set)

    def add(self, obj):
        if obj is not None and obj.pk is not None:
            self.objects[type(obj)].add(obj.pk)

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
        for model, pks in self.objects.items():
            keys = sorted(pks)
            for start in range(0, len(keys), CHUNK):
                fresh = list(_rows(model).filter(pk__in=keys[start : start + CHUNK]))
                with transaction.atomic():
                    index_references(model, fresh)
                if fresh and search_index.class_is_indexed(model):
                    for backend in backends:
                        backend.add_bulk(model, fresh)
        self.objects.clear()


def _rows(model):
    """The objects with what indexing reads: the search fields' relations and every child relation."""
    rows = model.get_indexed_objects() if search_index.class_is_indexed(model) else model.objects.all()
    children = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
    return rows.prefetch_related(*children) if children else rows


def index_references(model, objects):
    """``ReferenceIndex`` rows for ``objects`` (all of ``model``), replacing any they had."""
    if not objects or not ReferenceIndex.is_indexed(model):
        return
    models = [model, *model._meta.get_parent_list()]
    content_types = [ContentType.objects.get_for_model(cls, for_concrete_model=False) for cls in models]
    content_type, base_content_type = content_types[0], content_types[-1]
    ReferenceIndex.objects.filter(base_content_type=base_content_type, object_id__in=[obj.pk for obj in objects]).delete()
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=obj.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for obj in objects
        for to_content_type_id, to_object_id, model_path, content_path in set(ReferenceIndex._extract_references_from_object(obj))
    ]
    options = {"ignore_conflicts": True} if connection.features.supports_ignore_conflicts else {}
    ReferenceIndex.objects.bulk_create(rows, batch_size=CHUNK, **options)
