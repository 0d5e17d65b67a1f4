"""Old Plone addresses → new pages and files, collected during the run and written in bulk.

A site of 50 000 items has 100 000 old addresses (with and without the ``/Plone`` site id);
one query or two each would be a good part of the import, so they are gathered and written at
the end in chunks: existing rows for the same address are updated, the rest bulk-created.
"""

from wagtail.contrib.redirects.models import Redirect

CHUNK = 500


class RedirectBook:
    def __init__(self, site):
        self.site = site
        self.wanted = {}  # normalised old path → (page id or None, link, permanent)

    def to_page(self, path, page_id, permanent=True):
        self._add(path, page_id, "", permanent)

    def to_url(self, path, url, permanent=True):
        self._add(path, None, url[:255], permanent)

    def _add(self, path, page_id, link, permanent):
        old_path = Redirect.normalise_path(path)
        if old_path not in ("", "/"):
            self.wanted[old_path] = (page_id, link, permanent)

    def write(self):
        paths = list(self.wanted)
        for start in range(0, len(paths), CHUNK):
            chunk = paths[start : start + CHUNK]
            existing = {redirect.old_path: redirect for redirect in Redirect.objects.filter(site=self.site, old_path__in=chunk)}
            changed, new = [], []
            for path in chunk:
                page_id, link, permanent = self.wanted[path]
                redirect = existing.get(path) or Redirect(site=self.site, old_path=path)
                redirect.redirect_page_id, redirect.redirect_link, redirect.is_permanent = page_id, link, permanent
                (changed if redirect.pk else new).append(redirect)
            Redirect.objects.bulk_update(changed, ["redirect_page", "redirect_link", "is_permanent"])
            Redirect.objects.bulk_create(new)
        self.wanted.clear()
