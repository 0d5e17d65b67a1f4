"""A first, light pass over the export: what is in it, where, and in which language.

Knowing every UID before importing lets the importer place children whose parents come later
in the files, tell a link to a not-yet-imported page from a link to nothing, and pick index
pages for folders that hold news or events. Only a few short strings per item are kept.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from . import values
from .reader import BrokenFile, stream

LANGUAGE_ROOT_TYPES = {"LRF", "Plone Site"}


@dataclass(frozen=True)
class Entry:
    portal_type: str
    parent_uid: str
    path: str  # without the Plone site id
    language: str


class ExportIndex:
    def __init__(self):
        self.entries = {}
        self.uid_by_path = {}
        self.child_types = defaultdict(Counter)
        self.site_path = ""
        self.site_host = ""
        self.count = 0
        #: element position in the stream → the UID first seen there; later copies of a UID are
        #: duplicates, reported and skipped without touching the first (see ``is_first``)
        self.first_position = {}
        self.usable_items = 0  # elements that are items at all (a dict with a UID and an @type)
        self.broken = []  # (file, reason) of files whose JSON could not be read to the end

    @classmethod
    def build(cls, files, site_id=None):
        index = cls()
        raw = []
        seen = set()
        for position, element in enumerate(stream(files)):
            if isinstance(element, BrokenFile):
                index.broken.append((element.file, element.reason))
            if not isinstance(element, dict):
                continue
            uid = values.uid_of(element.get("UID"))
            portal_type = values.text(element.get("@type")) if isinstance(element.get("@type"), str) else ""
            if uid and portal_type:
                index.usable_items += 1
            if not uid or uid in seen:
                continue
            seen.add(uid)
            index.first_position[position] = uid
            item_url = values.text(element.get("@id")) if isinstance(element.get("@id"), str) else ""
            parent = element.get("parent") if isinstance(element.get("parent"), dict) else {}
            if not index.site_host and item_url.startswith(("http://", "https://")):
                index.site_host = item_url.split("/")[2]
            if not index.site_path:
                if portal_type == "Plone Site":
                    index.site_path = values.url_path(item_url)
                elif values.text(parent.get("@type")) == "Plone Site" and isinstance(parent.get("@id"), str):
                    index.site_path = values.url_path(parent["@id"])
            raw.append((uid, portal_type, values.parent_uid(element), values.url_path(item_url), values.language_of(element)))
            index.count += 1
        if site_id is not None:
            index.site_path = "/" + site_id.strip("/") if site_id.strip("/") else ""
        for uid, portal_type, parent_uid, full_path, language in raw:
            path = index.relative(full_path)
            index.entries[uid] = Entry(portal_type, parent_uid, path, language)
            index.uid_by_path.setdefault(path, uid)
            if parent_uid:
                index.child_types[parent_uid][portal_type] += 1
        return index

    def is_first(self, position, uid):
        """Is the element at ``position`` the first one in the export with this UID?"""
        return self.first_position.get(position) == uid

    def relative(self, path):
        """A Plone path without the site id: ``/Plone/en/news`` → ``/en/news``."""
        return values.strip_site_id(path, self.site_path.strip("/") if self.site_path not in ("", "/") else "")

    def mapping_paths(self, path, language_codes):
        """The path, and without its language folder (``/en/news`` → ``/news``), for mapping rules."""
        candidates = [path]
        first, _slash, rest = path.lstrip("/").partition("/")
        if first.lower() in language_codes:
            candidates.append("/" + rest if rest else "/")
        return candidates

    def unusable_reason(self):
        """Why nothing at all can be imported, in one line; ``None`` when there are items."""
        if self.usable_items:
            return None
        if self.broken:
            file, reason = self.broken[0]
            return f"nothing to import: {file} is not readable JSON ({reason})"
        return "nothing to import: the files hold no collective.exportimport items (objects with a UID and an @type)"
