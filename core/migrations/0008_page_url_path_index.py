"""An index on Wagtail's ``Page.url_path``: ``core.routing`` finds a request's page and its
ancestors by it in one query. PostgreSQL gets a hash index (equality is all routing asks, and a
B-tree entry is limited to about 2.7 kB while a deep ``url_path`` is not); SQLite a plain one."""

from django.db import migrations

NAME = "core_page_url_path_idx"


def create(apps, schema_editor):
    using = "USING hash " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {NAME} ON wagtailcore_page {using}("url_path")')


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_content_and_view_counts_moved_out"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
