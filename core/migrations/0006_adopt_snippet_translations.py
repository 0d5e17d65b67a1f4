"""Hand-made translations of categories, organisations and funding programmes become
wagtail-localize's own, so translating a page that uses them never overwrites them
(core.translation.snippets)."""

from django.db import migrations

from core.translation.snippets import adopt_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_content_page"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(
            adopt_in_migration("core.Category", "core.Organisation", "core.FundingProgramme"), migrations.RunPython.noop
        ),
    ]
