"""The view counters move out of ``core`` into their own app; their tables stay as they are."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0006_adopt_snippet_translations"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PageViewCount",
                    fields=[
                        (
                            "page",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="view_count_record",
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("total", models.PositiveBigIntegerField(default=0, verbose_name="views counted here")),
                        (
                            "legacy",
                            models.PositiveBigIntegerField(
                                default=0,
                                help_text="Copied from the page when it is published.",
                                verbose_name="views before migration",
                            ),
                        ),
                    ],
                    options={"verbose_name": "page view count", "db_table": "core_pageviewcount"},
                ),
                migrations.CreateModel(
                    name="PageViewDay",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("day", models.DateField(verbose_name="day")),
                        ("views", models.PositiveIntegerField(default=0, verbose_name="views")),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="view_days",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "daily page views",
                        "db_table": "core_pageviewday",
                        "indexes": [models.Index(fields=["day", "page"], name="core_pageviewday_day_page")],
                        "constraints": [models.UniqueConstraint(fields=("page", "day"), name="core_pageviewday_unique")],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
