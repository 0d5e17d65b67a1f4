"""Proof that a migration is complete: every address the old Plone site had still leads to its content.

For each item of the export that readers could see in Plone — published, of a type the import
brings over — the verifier asks the portal, the way a reader's browser would:

* **address** — each old address (with and without the Plone site id) answers, after redirects,
  with the item's new page, or with its image or file; a Plone Link redirects to its target;
* **title** — the page shows the Plone title (a folder shows its default page's);
* **text** — the beginning of Plone's text is on the page;
* **pictures** — every picture of the body was imported and its file is in storage;
* **links** — every link of the body to a page of the portal leads to a live page.

Items private in Plone must *not* be public at their old address. Items the import skips by
design (collections, language folders, folders of pictures merged into the page above) are
listed, not judged. Anything else that does not hold is a gap: the table names the item and
what is missing, and the command exits non-zero.

Requests go through Django in-process (the default: no server needed) or, with ``--base-url``,
over HTTP to a running portal — the staging site before the domain is switched over.
"""

import html
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page

from . import values
from .export_index import ExportIndex
from .mapping import DEFAULT_TYPES, ROOT, SKIP
from .models import ImportedItem
from .reader import stream
from .richtext import RESOLVEUID
from .side_files import SideFiles

TEXT_SAMPLE = 60
PASSED, GAP, NOT_JUDGED = "ok", "GAP", "not judged"


@dataclass
class Check:
    path: str
    portal_type: str
    result: str = PASSED
    problems: list = field(default_factory=list)
    note: str = ""

    def fail(self, problem):
        self.result = GAP
        self.problems.append(problem)


class InProcess:
    """Requests answered by Django in this process, for the site's own host name."""

    def __init__(self, site):
        self.client = Client(HTTP_HOST=site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}")

    def get(self, path):
        """``(status, final path, body text, first Location)`` after following redirects."""
        first = self.client.get(path)
        location = first.get("Location", "")
        response = self.client.get(path, follow=True) if first.status_code in (301, 302, 307, 308) else first
        final = response.request.get("PATH_INFO", path) if response.redirect_chain else path
        if response.redirect_chain and response.redirect_chain[-1][0].startswith(("http://", "https://")):
            final = response.redirect_chain[-1][0]
        body = response.content.decode(errors="replace") if not getattr(response, "streaming", False) else ""
        return response.status_code, final, body, location


class OverHTTP:
    """Requests to a running portal, e.g. ``--base-url https://staging.portal.example``."""

    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")

    def get(self, path):
        first_location = ""

        class Remember(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, req, fp, code, msg, headers, newurl):
                nonlocal first_location
                first_location = first_location or newurl
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        opener = urllib.request.build_opener(Remember)
        try:
            with opener.open(self.base_url + path, timeout=30) as response:  # noqa: S310 - the operator's own portal
                body = response.read().decode(errors="replace")
                return response.status, urlsplit(response.geturl()).path, body, first_location
        except urllib.error.HTTPError as error:
            return error.code, path, "", first_location


def _words(markup):
    """The text of some HTML, tags read as spaces (block elements separate words), whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _sample(item):
    text = item.get("text")
    raw = text.get("data") if isinstance(text, dict) else text
    if not isinstance(raw, str):
        return ""
    words = _words(raw)
    return words[:TEXT_SAMPLE].rsplit(" ", 1)[0] if len(words) > TEXT_SAMPLE else words


class Verifier:
    def __init__(self, files, fetcher, site_id=None, skipped_types=(), directory=None):
        self.files = files
        self.side = SideFiles.load(directory) if directory is not None else SideFiles()
        self.fetch = fetcher.get
        self.site_id = site_id
        #: Plone types left out on purpose: by default, what the import itself leaves out
        self.skipped_types = {name for name, target in DEFAULT_TYPES.items() if target in (ROOT, SKIP)} | set(skipped_types)
        self.checks = []

    def run(self):
        index = ExportIndex.build(self.files, site_id=self.site_id)
        records = {record.uid: record for record in ImportedItem.objects.all()}
        for position, item in enumerate(stream(self.files)):
            if not isinstance(item, dict):
                continue
            uid = values.uid_of(item.get("UID"))
            if not uid or not index.is_first(position, uid):
                continue
            entry = index.entries[uid]
            check = Check(entry.path, entry.portal_type)
            self.checks.append(check)
            self._verify(item, entry, records.get(uid), index, check)
        return self.checks

    def old_paths(self, entry, index):
        paths = [entry.path]
        if index.site_path not in ("", "/"):
            paths.append(index.site_path.rstrip("/") + entry.path)
        return [path for path in paths if path not in ("", "/")]

    def _verify(self, item, entry, record, index, check):
        if record is None and entry.portal_type in self.skipped_types:
            check.result, check.note = NOT_JUDGED, "not brought over by design"
            return
        if not values.is_published(item) and entry.portal_type not in ("Image", "File", "Link"):
            self._stays_private(entry, index, check)
            return
        if record is None:
            check.fail("not imported (see the import report)")
            return
        if record.kind == ImportedItem.Kind.FLATTENED:
            check.result, check.note = NOT_JUDGED, "folder merged into the page above"
            return
        if record.kind == ImportedItem.Kind.LINK:
            self._link(item, entry, index, check)
            return
        target = record.target
        if target is None:
            check.fail("imported, but its page or file has been deleted since")
            return
        if isinstance(target, Page):
            folder_with_default_page = values.uid_of(item.get("UID")) in self.side.default_page_of
            self._page(item, entry, index, target.specific, check, folder_with_default_page)
        else:
            self._file(entry, index, target, check)

    def _stays_private(self, entry, index, check):
        check.note = "private in Plone"
        for path in self.old_paths(entry, index):
            status, _final, _body, _location = self.fetch(path)
            if status == 200:
                check.fail(f"{path} shows content that was private in Plone")

    def _page(self, item, entry, index, page, check, uid_has_default_page=False):
        wanted = page.url or ""
        body = ""
        for path in self.old_paths(entry, index):
            status, final, text, _location = self.fetch(path)
            if status != 200 or not _same_page(final, wanted):
                check.fail(f"{path} → {status} {final or ''} (expected {wanted})")
            else:
                body = text
        if not body:
            return
        shown = _words(body)
        title = values.text(item.get("title"))
        if uid_has_default_page:
            title = ""  # readers see the default page's title there (checked with that item)
        if title and title not in shown and title[:255] != page.title:
            check.fail(f"the title {title[:60]!r} is not shown")
        sample = _sample(item)
        if sample and " ".join(sample.split()) not in shown:
            check.fail(f"the text {sample[:40]!r}… did not arrive")
        self._pictures_and_links(item, page, check)

    def _pictures_and_links(self, item, page, check):
        raw = item.get("text")
        raw = raw.get("data") if isinstance(raw, dict) else raw
        if isinstance(raw, str):
            for uid in {match.group(1) for match in RESOLVEUID.finditer(raw)}:
                record = ImportedItem.objects.filter(uid=uid).first()
                if record is None and re.search(rf"resolve[uU]id/{re.escape(uid)}/@@images", raw):
                    check.fail(f"picture {uid} was not imported")
        body = getattr(page, "body", None)
        if body is None:
            return
        images = get_image_model()
        for block in body:
            if block.block_type == "image":
                image = block.value.get("image")
                if image is None or not images.objects.filter(pk=image.pk).exists():
                    check.fail("a picture of the body is missing")
                elif not image.file.storage.exists(image.file.name):
                    check.fail(f"the file of picture {image.title!r} is not in storage")
            elif block.block_type == "paragraph":
                for page_id in re.findall(r'linktype="page" id="(\d+)"', block.value.source):
                    linked = Page.objects.filter(pk=page_id).first()
                    if linked is None or not linked.live:
                        check.fail(f"a link of the body leads to page {page_id}, which is gone or unpublished")

    def _file(self, entry, index, obj, check):
        wanted = obj.url if hasattr(obj, "url") else obj.file.url
        for path in self.old_paths(entry, index):
            status, final, _body, location = self.fetch(path)
            if location and _same_address(location, wanted):
                continue
            if status != 200 or not _same_address(final, wanted):
                check.fail(f"{path} → {status} {location or final} (expected {wanted})")
        if not obj.file.storage.exists(obj.file.name):
            check.fail(f"the file {obj.file.name} is not in storage")

    def _link(self, item, entry, index, check):
        remote = values.text(item.get("remoteUrl"))
        for path in self.old_paths(entry, index):
            status, final, _body, location = self.fetch(path)
            if not location:
                check.fail(f"{path} → {status}, not a redirect to {remote}")
            elif "resolveuid" not in remote.lower() and location != remote:
                check.fail(f"{path} → {location} (expected {remote})")


def _same_page(final, wanted):
    return urlsplit(final).path.rstrip("/") == urlsplit(wanted).path.rstrip("/")


def _same_address(location, wanted):
    return urlsplit(urljoin("http://portal/", location)).path == urlsplit(urljoin("http://portal/", wanted)).path


def table(checks):
    """The verdicts as aligned text: gaps first, then a count of the rest."""
    rows = [("result", "type", "Plone address", "what is missing")]
    for check in sorted(checks, key=lambda c: (c.result != GAP, c.path)):
        if check.result == GAP:
            rows.append((check.result, check.portal_type, check.path, "; ".join(check.problems)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3] for row in rows]
    counts = {verdict: sum(1 for check in checks if check.result == verdict) for verdict in (PASSED, GAP, NOT_JUDGED)}
    lines.append("")
    lines.append(
        f"{counts[PASSED]} verified, {counts[GAP]} with gaps, {counts[NOT_JUDGED]} not judged (not brought over by design)"
    )
    return "\n".join(lines)
