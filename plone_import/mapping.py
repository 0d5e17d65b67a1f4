"""Which Wagtail type each Plone item becomes.

Defaults cover a stock Plone site; editors override them per type or per folder path:
``--map "Folder:/news=news.NewsIndexPage"`` or a JSON file ``{"Folder:/news": "news.NewsIndexPage",
"Collection": "skip"}``. Besides a page model (``app.Model``) a target can be one of the words below.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.core.management.base import CommandError
from wagtail.models import Page

SKIP = "skip"  # not imported; reported
ROOT = "root"  # the home page of the item's language (Plone site, language root folders)
FLATTEN = "flatten"  # no page of its own: its items go to the page above
IMAGE = "image"  # a Wagtail image
DOCUMENT = "document"  # a Wagtail document
LINK = "link"  # a redirect from its old address to the link's target
AUTO_FOLDER = "auto"  # a news or events index when it holds news or events, else a content page
KEYWORDS = {SKIP, ROOT, FLATTEN, IMAGE, DOCUMENT, LINK, AUTO_FOLDER}

DEFAULT_TYPES = {
    "Plone Site": ROOT,
    "LRF": ROOT,
    "LIF": FLATTEN,
    "News Item": "news.NewsPage",
    "Event": "events.EventPage",
    "Document": "content.ContentPage",
    "Folder": AUTO_FOLDER,
    "Image": IMAGE,
    "File": DOCUMENT,
    "Link": LINK,
    "Collection": SKIP,
    "Topic": SKIP,
    "Discussion Item": SKIP,
}
#: folders holding mostly these types become the matching index page
INDEX_FOR_CHILD_TYPE = {"News Item": "news.NewsIndexPage", "Event": "events.EventIndexPage"}


@dataclass(frozen=True)
class Rule:
    portal_type: str
    path: str  # "" for every item of the type
    target: str


def _validate_target(target, origin):
    if target in KEYWORDS:
        return target
    try:
        model = apps.get_model(target)
    except (LookupError, ValueError) as error:
        raise CommandError(f"{origin}: {target!r} is neither a page type (app.Model) nor one of {sorted(KEYWORDS)}") from error
    if not issubclass(model, Page):
        raise CommandError(f"{origin}: {target} is not a page type")
    return model._meta.label


def parse_rule(text, origin="--map"):
    """``"Type=target"`` or ``"Type:/path=target"``."""
    key, separator, target = str(text).partition("=")
    if not separator or not key.strip() or not target.strip():
        raise CommandError(f'{origin} {text!r}: write "Type=app.Model" or "Type:/path=app.Model"')
    portal_type, _colon, path = key.partition(":")
    path = path.strip().rstrip("/") if path.strip() not in ("", "/") else path.strip()
    return Rule(portal_type.strip(), path, _validate_target(target.strip(), f"{origin} {text!r}"))


def load_mapping_file(path):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"--mapping {path}: {error}") from error
    if not isinstance(data, dict):
        raise CommandError(f'--mapping {path}: expected an object like {{"Folder:/news": "news.NewsIndexPage"}}')
    return [parse_rule(f"{key}={value}", origin=f"--mapping {path}") for key, value in data.items()]


class Mapping:
    def __init__(self, rules=()):
        self.path_rules = {(rule.portal_type, rule.path.lower()): rule.target for rule in rules if rule.path}
        self.type_rules = {rule.portal_type: rule.target for rule in rules if not rule.path}

    def target_for(self, portal_type, path, child_types=None):
        """The target of one item. ``path`` is the item's path without the Plone site id, with
        and without its language folder, so ``Folder:/news`` matches ``/en/news`` too. A path
        rule holds for the item at that path and for the items below it (the nearest rule wins):
        ``Document:/projects`` maps every Document in the projects folder."""
        for candidate in path:
            for prefix in _self_and_ancestors(candidate.lower()):
                target = self.path_rules.get((portal_type, prefix))
                if target:
                    return target
        target = self.type_rules.get(portal_type) or DEFAULT_TYPES.get(portal_type, SKIP)
        if target == AUTO_FOLDER:
            return self.folder_target(child_types or {})
        return target

    @staticmethod
    def folder_target(child_types):
        """A folder of mostly news items is the news index, of mostly events the events index; a
        folder of only images and files is no page at all (they are media, not content)."""
        if child_types and set(child_types) <= {"Image", "File"}:
            return FLATTEN
        best, best_count = "content.ContentPage", 0
        for child_type, index_model in INDEX_FOR_CHILD_TYPE.items():
            count = child_types.get(child_type, 0)
            if count > best_count and count >= child_types.get("Document", 0) and apps.is_installed(index_model.split(".")[0]):
                best, best_count = index_model, count
        return best


def _self_and_ancestors(path):
    """``/en/projects/x`` → ``/en/projects/x``, ``/en/projects``, ``/en``."""
    parts = path.rstrip("/").split("/")
    return ["/".join(parts[:end]) for end in range(len(parts), 1, -1)]
