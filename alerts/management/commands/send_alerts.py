"""``manage.py send_alerts [--dry-run]``: the e-mail alerts' due work, by hand or from a timer.

Sends the alerts of pages published since the last run that the worker has not sent (the worker
was down, the mail server failed), the weekly digests of the last whole week, and deletes
sign-ups never confirmed within ``ALERTS_PENDING_DAYS``. Running it twice sends nothing twice.
Run it periodically (cron or a systemd timer, e.g. every 15 minutes): that is what sends the
digests on Monday morning and retries what failed.
"""

from django.core.management.base import BaseCommand

from alerts import sending


class Command(BaseCommand):
    help = "Send due e-mail alerts and weekly digests, and delete unconfirmed sign-ups (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be sent and deleted; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        report = sending.run(dry_run=dry_run)
        prefix = "Would send" if dry_run else "Sent"
        self.stdout.write(
            f"{prefix} {report.alerts} alert(s) about {report.pages} new page(s) and {report.digests} weekly digest(s); "
            f"{report.already_sent} sent before, {report.pages_skipped} page(s) no longer public."
        )
        if report.stopped:
            self.stdout.write(self.style.WARNING(f"{report.stopped} subscription(s) stopped: the address refuses mail."))
        if report.deferred:
            self.stdout.write(
                self.style.WARNING(f"{report.deferred} e-mail(s) not accepted by the mail server yet: the next run retries them.")
            )
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {report.purged} unconfirmed sign-up(s).")
