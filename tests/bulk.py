"""Insert thousands of live pages quickly, for query-budget tests and benchmarks.

Wagtail's ``add_child`` costs several queries per page; here the tree rows are computed the
way treebeard would and written with ``bulk_create`` (pages) and one multi-row INSERT per
batch for the page type's own table (Django cannot bulk-create multi-table children).
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page


def bulk_child_pages(parent, model, count, fields_for, batch=1000):
    """Create ``count`` live ``model`` pages under ``parent``; ``fields_for(i)`` gives own fields."""
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    start = parent.numchild
    own_fields = [f for f in model._meta.local_concrete_fields if f.name != "page_ptr"]
    table = model._meta.db_table
    columns = ["page_ptr_id"] + [f.column for f in own_fields]
    with transaction.atomic():
        for offset in range(0, count, batch):
            pages = []
            for i in range(offset, min(offset + batch, count)):
                slug = f"bulk-{start + i + 1}"
                pages.append(
                    Page(
                        title=f"Bulk article {i + 1}",
                        draft_title=f"Bulk article {i + 1}",
                        slug=slug,
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        path=Page._get_path(parent.path, parent.depth + 1, start + i + 1),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        locale_id=parent.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
            created = Page.objects.bulk_create(pages)
            if connection.vendor == "sqlite" or not all(p.pk for p in created):
                paths = [p.path for p in pages]
                ids = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
                for p in created:
                    p.pk = ids[p.path]
            rows = []
            for i, page in enumerate(created, start=offset):
                values = fields_for(i)
                if hasattr(model, "derived_values"):  # what the model's save() would have worked out
                    values = {**values, **model.derived_values(values)}
                row = [page.pk]
                for field in own_fields:
                    value = values.get(field.attname, values.get(field.name, field.get_default()))
                    row.append(field.get_db_prep_save(value, connection))
                rows.append(row)
            placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            with connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES {placeholders}", rows)
        Page.objects.filter(pk=parent.pk).update(numchild=start + count)
