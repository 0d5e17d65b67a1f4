"""Content pages and view counters now belong to the ``content`` and ``viewcounts`` apps (their
tables are unchanged); core forgets them."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_adopt_snippet_translations"),
        ("content", "0001_initial"),
        ("viewcounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ContentPage"),
                migrations.DeleteModel(name="PageViewDay"),
                migrations.DeleteModel(name="PageViewCount"),
            ],
            database_operations=[],
        ),
    ]
