"""``manage.py import_plone <export>``: bring a Plone site over from collective.exportimport JSON."""

import csv
import logging
import sys
import time
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from plone_import import mapping
from plone_import.blobs import default_blob_home
from plone_import.importer import Options, PloneImporter, UnusableExport
from plone_import.reader import ExportError, content_files, export_directory
from plone_import.report import Report

logger = logging.getLogger("plone_import")


class Command(BaseCommand):
    help = (
        "Import a collective.exportimport export: JSON array files or a directory of one-item files, "
        "with export_translations/redirects/ordering/defaultpages.json beside them."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Export files or directories.")
        parser.add_argument("--dry-run", action="store_true", help="Read and check everything, write nothing.")
        parser.add_argument("--update", action="store_true", help="Refresh items imported by an earlier run.")
        parser.add_argument("--site", help="Hostname of the Wagtail site to import into (default: the default site).")
        parser.add_argument(
            "--timezone", default=settings.TIME_ZONE, help="Time zone of dates written without an offset (default: %(default)s)."
        )
        parser.add_argument("--blobs", help="Blob directory for blob_path fields (default: $COLLECTIVE_EXPORTIMPORT_BLOB_HOME).")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="TYPE[:/path]=TARGET",
            help='Override a mapping, e.g. "Folder:/news=news.NewsIndexPage" or "Collection=skip". Repeatable.',
        )
        parser.add_argument("--mapping", help='JSON file of mappings: {"Folder:/news": "news.NewsIndexPage", …}.')
        parser.add_argument("--views", help="CSV file of Plone path,view count: the counts the old site showed.")
        parser.add_argument("--plone-site-id", help="The Plone site id prefixed to paths (detected from the export if omitted).")
        parser.add_argument(
            "--old-host",
            action="append",
            default=[],
            metavar="HOST",
            help="Public host name of the old site (e.g. www.town.gov): links to it are internal links. Repeatable.",
        )
        parser.add_argument("--report", default="plone-import-report.json", help="Where to write the JSON report.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        """Exit status (DESIGN.md): 0 every item imported or deliberately skipped; 1 some items
        failed or the run was stopped (the report says which, and a second run finishes it); 2 the
        input or the command line is unusable, with a one-line message. The report is written in
        every case, also when the run is interrupted or crashes."""
        report = Report(dry_run=options["dry_run"])
        started = time.monotonic()
        try:
            files, directory, run_options = self._prepare(options)
            PloneImporter(files, directory, run_options, report).run()
        except (CommandError, UnusableExport) as error:
            report.stopped = str(error)
            self._finish(report, options["report"], started)
            raise CommandError(str(error), returncode=2) from None
        except KeyboardInterrupt:
            report.stopped = "interrupted: run the same command again to finish the import"
        except Exception as error:  # noqa: BLE001 — whatever happens, the report is written
            logger.exception("import stopped")
            report.stopped = f"stopped by {type(error).__name__}: {error}"[:500] + " — run the same command again to finish"
        self._finish(report, options["report"], started)
        if report.exit_status():
            failed = report.total("failed")
            reason = report.stopped or f"{failed} item{'s' if failed != 1 else ''} failed"
            raise CommandError(f"{reason}; see {options['report']}", returncode=1)

    def _prepare(self, options):
        try:
            files = content_files(options["paths"])
        except ExportError as error:
            raise CommandError(str(error)) from error
        try:
            zoneinfo.ZoneInfo(options["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise CommandError(f"--timezone {options['timezone']!r} is not a time zone name like Europe/Kyiv") from error
        rules = [mapping.parse_rule(text) for text in options["map"]]
        if options["mapping"]:
            rules = mapping.load_mapping_file(options["mapping"]) + rules
        run_options = Options(
            dry_run=options["dry_run"],
            update=options["update"],
            zone_name=options["timezone"],
            blob_home=Path(options["blobs"]) if options["blobs"] else default_blob_home(),
            site=self._site(options["site"]),
            mapping=mapping.Mapping(rules),
            views=self._views(options["views"]),
            site_id=options["plone_site_id"],
            old_hosts=tuple(host.strip().lower() for host in options["old_host"] if host.strip()),
            progress=not options["no_progress"] and sys.stderr.isatty(),
        )
        return files, export_directory(options["paths"]), run_options

    def _finish(self, report, path, started):
        self._print(report, time.monotonic() - started)
        try:
            report.write(path)
        except OSError as error:
            self.stderr.write(f"The report could not be written to {path}: {error}")
            return
        self.stdout.write(f"Report written to {path}")

    def _site(self, hostname):
        if hostname:
            site = Site.objects.filter(hostname=hostname).select_related("root_page").first()
            if site is None:
                raise CommandError(f"--site {hostname}: no such Wagtail site")
            return site
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("no default Wagtail site: create one (or load the demo) before importing")
        return site

    def _views(self, path):
        if not path:
            return {}
        counts = {}
        try:
            with open(path, newline="", encoding="utf-8") as handle:
                for row in csv.reader(handle):
                    if len(row) >= 2 and row[1].strip().isdigit():
                        counts[row[0].strip().rstrip("/") or "/"] = int(row[1])
        except OSError as error:
            raise CommandError(f"--views {path}: {error}") from error
        return counts

    def _print(self, report, elapsed):
        if report.stopped:
            self.stdout.write(self.style.ERROR(f"Stopped early: {report.stopped}"))
        for line in report.problems():
            self.stdout.write(f"{line.action.upper():8} {line.portal_type}: {line.item_id} — {line.reason}")
        self.stdout.write("")
        self.stdout.write(report.table())
        items = sum(report.counts.values())
        rate = items / elapsed if elapsed > 0 else 0
        prefix = "Dry run: nothing was written. " if report.dry_run else ""
        peak = _peak_memory_mb()
        memory = f", peak memory {peak} MB" if peak else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}{items} items in {elapsed:.1f} s ({rate:.0f} items/s{memory})."))


def _peak_memory_mb():
    """This process's peak resident memory (Linux's VmHWM), or ``None`` where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None
