"""Old Plone addresses → new pages and files.

Each item's redirects are written with the item, in its transaction: an item that fails takes its
redirects with it and no other item's, and a run stopped halfway leaves every imported item with
its old addresses working. ``export_redirects.json`` is written at the end in chunks, row by row
where a chunk fails, so one bad row costs one redirect.

An address longer than the redirect table holds (255 characters) cannot be redirected; it is named
in the report instead of breaking the write.
"""

from wagtail.contrib.redirects.models import Redirect

CHUNK = 500
MAX_PATH = Redirect._meta.get_field("old_path").max_length
MAX_LINK = Redirect._meta.get_field("redirect_link").max_length


class RedirectBook:
    def __init__(self, site):
        self.site = site
        self.wanted = {}  # normalised old path → (page id or None, link, permanent)
        self.refused = []  # report lines for addresses that cannot be redirected

    def to_page(self, path, page_id, permanent=True):
        self._add(path, page_id, "", permanent)

    def to_url(self, path, url, permanent=True):
        if len(url) > MAX_LINK:
            self.refused.append(f"no redirect from {path[:80]}…: its target address is over {MAX_LINK} characters")
            return
        self._add(path, None, url, permanent)

    def _add(self, path, page_id, link, permanent):
        old_path = Redirect.normalise_path(path)
        if old_path in ("", "/"):
            return
        if len(old_path) > MAX_PATH:
            self.refused.append(f"no redirect from {old_path[:80]}…: the address is over {MAX_PATH} characters")
            return
        self.wanted[old_path] = (page_id, link, permanent)

    def clear(self):
        self.wanted.clear()
        self.refused = []

    def write(self):
        """Write what was collected; returns the report lines for addresses left out."""
        paths = list(self.wanted)
        for start in range(0, len(paths), CHUNK):
            self._write_chunk(paths[start : start + CHUNK])
        refused = self.refused
        self.clear()
        return refused

    def write_each(self):
        """Like ``write``, but a row the database refuses costs only that row (side files)."""
        from django.db import DatabaseError, transaction

        for path in list(self.wanted):
            try:
                with transaction.atomic():
                    self._write_chunk([path])
            except DatabaseError as error:
                self.refused.append(f"no redirect from {path[:80]}: {type(error).__name__}")
        refused = self.refused
        self.clear()
        return refused

    def _write_chunk(self, chunk):
        """One statement: new addresses inserted, known ones pointed at their new target."""
        rows = []
        for path in chunk:
            page_id, link, permanent = self.wanted[path]
            rows.append(
                Redirect(site=self.site, old_path=path, redirect_page_id=page_id, redirect_link=link, is_permanent=permanent)
            )
        Redirect.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["old_path", "site"],
            update_fields=["redirect_page", "redirect_link", "is_permanent"],
        )
