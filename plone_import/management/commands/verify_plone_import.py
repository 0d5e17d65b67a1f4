"""``manage.py verify_plone_import <export> [--base-url URL]``: prove the migration, item by item."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from plone_import.reader import ExportError, content_files, export_directory
from plone_import.verify import GAP, InProcess, OverHTTP, Verifier, table


class Command(BaseCommand):
    help = (
        "Check that every item of a collective.exportimport export arrived: its old addresses (with and without "
        "the Plone site id) lead to the right live page, image or file, its title and text are there, its "
        "pictures and links resolve. Prints a table; exits 1 on any gap, 2 if the export cannot be read."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="The export that was imported (files or directories).")
        parser.add_argument(
            "--base-url", help="Ask a running portal over HTTP (e.g. https://staging.example.org) instead of in-process."
        )
        parser.add_argument("--site", help="Hostname of the Wagtail site the export went into (default: the default site).")
        parser.add_argument("--plone-site-id", help="The Plone site id prefixed to paths (detected if omitted).")
        parser.add_argument(
            "--skip-type",
            action="append",
            default=[],
            metavar="TYPE",
            help="A Plone type left out on purpose (as with --map TYPE=skip on import). Repeatable.",
        )

    def handle(self, *args, **options):
        try:
            files = content_files(options["paths"])
        except ExportError as error:
            raise CommandError(str(error), returncode=2) from error
        fetcher = OverHTTP(options["base_url"]) if options["base_url"] else InProcess(self._site(options["site"]))
        checks = Verifier(
            files,
            fetcher,
            site_id=options["plone_site_id"],
            skipped_types=options["skip_type"],
            directory=export_directory(options["paths"]),
        ).run()
        self.stdout.write(table(checks))
        gaps = sum(1 for check in checks if check.result == GAP)
        if gaps:
            raise CommandError(f"{gaps} item{'s' if gaps != 1 else ''} did not arrive complete", returncode=1)
        self.stdout.write(self.style.SUCCESS("Every item is where readers will look for it."))

    def _site(self, hostname):
        site = Site.objects.filter(hostname=hostname).first() if hostname else Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(f"no Wagtail site {hostname or '(default)'}", returncode=2)
        return site
