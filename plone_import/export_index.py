"""A first, light pass over the export: what is in it, where, and in which language.

Knowing every UID before importing lets the importer place children whose parents come later
in the files, tell a link to a not-yet-imported page from a link to nothing, and pick index
pages for folders that hold news or events. Only a few short strings per item are kept.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from . import values
from .reader import stream

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

    @classmethod
    def build(cls, files, site_id=None):
        index = cls()
        raw = []
        for element in stream(files):
            if not isinstance(element, dict) or not element.get("UID"):
                continue
            item_url = values.text(element.get("@id"))
            portal_type = values.text(element.get("@type"))
            parent = element.get("parent") if isinstance(element.get("parent"), dict) else {}
            if not index.site_host and item_url.startswith(("http://", "https://")):
                index.site_host = item_url.split("/")[2]
            if not index.site_path:
                if portal_type == "Plone Site":
                    index.site_path = values.url_path(item_url)
                elif values.text(parent.get("@type")) == "Plone Site" and parent.get("@id"):
                    index.site_path = values.url_path(parent["@id"])
            raw.append(
                (
                    str(element["UID"]),
                    portal_type,
                    values.parent_uid(element),
                    values.url_path(item_url),
                    values.language_of(element),
                )
            )
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
