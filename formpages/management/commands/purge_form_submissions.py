"""``manage.py purge_form_submissions [--dry-run]``: delete the submissions each form page keeps no
longer — older than its ``retention_days`` — and say how many, per form and in all.

Run it daily (cron, a systemd timer, the task worker): the consent text promises visitors their
answers are deleted after that many days. Safe to run twice; with ``--dry-run`` it only counts.
Every form page counts, drafts and unpublished translations included: their submissions are
kept under the same promise.
"""

import datetime as dt

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from formpages.models import FormPage, FormPageSubmission


class Command(BaseCommand):
    help = "Delete form submissions older than the retention period of their form page."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted; delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        now, total = timezone.now(), 0
        for page in FormPage.objects.select_related("locale").order_by("path"):
            expired = FormPageSubmission.objects.filter(page=page, submit_time__lt=now - dt.timedelta(days=page.retention_days))
            with transaction.atomic():
                count = expired.count() if dry_run else expired.delete()[0]
            if count:
                verb = "would delete" if dry_run else "deleted"
                self.stdout.write(
                    f"{page.title} ({page.locale.language_code}, page {page.pk}): {verb} {count}"
                    f" older than {page.retention_days} days"
                )
            total += count
        summary = f"{total} submission(s) {'would be deleted (dry run)' if dry_run else 'deleted'}."
        self.stdout.write(self.style.SUCCESS(summary))
