"""The optional files collective.exportimport writes next to the content.

``export_translations.json``  ``[{"en": UID, "uk": UID}, …]`` — one group per translated item
``export_redirects.json``     ``{"/plone/old/path": "/plone/new/path"}``
``export_ordering.json``      ``[{"uuid": UID, "order": 3}, …]`` — position within the folder
``export_defaultpages.json``  ``[{"uuid": folder UID, "default_page": "id"}, …]`` (newer exports
                              add ``default_page_uuid``)
They are small (a few bytes per item), so they are read whole.
"""

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

#: translation keys of imported groups derive from the group's UIDs, so re-runs agree
TRANSLATION_NAMESPACE = uuid.UUID("6f1c5c1e-3a0e-4d8e-9a53-2f2b9c1e7d10")


@dataclass
class SideFiles:
    translation_key: dict = field(default_factory=dict)  # UID → uuid shared by the group
    redirects: dict = field(default_factory=dict)  # old path → new path
    order: dict = field(default_factory=dict)  # UID → position
    default_page_of: dict = field(default_factory=dict)  # (folder UID) → default page id or UID
    problems: list = field(default_factory=list)

    @classmethod
    def load(cls, directory):
        side = cls()
        side._translations(_read(directory, "export_translations.json", list, side.problems))
        side._redirects(_read(directory, "export_redirects.json", dict, side.problems))
        side._ordering(_read(directory, "export_ordering.json", list, side.problems))
        side._defaultpages(_read(directory, "export_defaultpages.json", list, side.problems))
        return side

    def _translations(self, groups):
        for group in groups or []:
            if not isinstance(group, dict):
                continue
            uids = sorted(str(uid) for uid in group.values() if uid)
            if len(uids) < 2:
                continue
            key = uuid.uuid5(TRANSLATION_NAMESPACE, "|".join(uids))
            for uid in uids:
                self.translation_key[uid] = key

    def _redirects(self, mapping):
        for old, new in (mapping or {}).items():
            if isinstance(old, str) and isinstance(new, str) and old.startswith("/"):
                self.redirects[old] = new

    def _ordering(self, rows):
        for row in rows or []:
            if isinstance(row, dict) and row.get("uuid") is not None and isinstance(row.get("order"), int | float):
                self.order[str(row["uuid"])] = int(row["order"])

    def _defaultpages(self, rows):
        for row in rows or []:
            if isinstance(row, dict) and row.get("uuid"):
                page = row.get("default_page_uuid") or row.get("default_page")
                if page:
                    self.default_page_of[str(row["uuid"])] = str(page)


def _read(directory, name, expected, problems):
    path = Path(directory) / name
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        problems.append(f"{name}: not read ({error})")
        return None
    if not isinstance(data, expected):
        problems.append(f"{name}: expected a JSON {expected.__name__}, ignored")
        return None
    return data
