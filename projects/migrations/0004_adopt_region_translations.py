"""Hand-made translations of regions become wagtail-localize's own, so translating a project
never overwrites them (core.translation.snippets)."""

from django.db import migrations

from core.translation.snippets import adopt_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_translatable_inlines_required"),
        ("core", "0006_adopt_snippet_translations"),
    ]

    operations = [
        migrations.RunPython(adopt_in_migration("projects.Region"), migrations.RunPython.noop),
    ]
