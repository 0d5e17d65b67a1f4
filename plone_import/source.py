"""A plone.restapi item as ``core.importing.ImportSource``: what the page families fill themselves from.

The families never see Plone's JSON: they ask for ``text("location")`` or ``datetime("start")``
and get clean values on the portal's clock. Warnings go to the item's line in the report; HTML a
family appends (an event's contact details) is converted with the item's text.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator

from core.importing import ImportSource

from . import values


def rich_text_of(item):
    text = item.get("text")
    if isinstance(text, dict):
        return values.text(text.get("data"))
    return values.text(text)


class PloneSource(ImportSource):
    def __init__(self, item, *, locale, zone, zone_name, publication, hero_image, warnings):
        self.item = item
        self.locale = locale
        self.zone = zone
        self.zone_name = zone_name
        self.published_at = publication.first_published_at
        self.hero_image = hero_image
        self.warnings = warnings
        self.closing_html = []

    def text(self, key):
        return values.text(self.item.get(key))

    def flag(self, key):
        return bool(self.item.get(key))

    def datetime(self, key):
        return values.parse_datetime(self.item.get(key), self.zone)

    def excerpt(self, limit):
        text = " ".join(strip_tags(rich_text_of(self.item)).split())
        return Truncator(text).chars(limit) if text else ""

    def summary(self, limit):
        return Truncator(self.text("description") or self.excerpt(limit) or self.text("title")).chars(limit)

    def warn(self, message):
        self.warnings.append(message)

    def append_html(self, html):
        self.closing_html.append(html)

    @property
    def body_html(self):
        """The item's text and what the family added after it, for the rich-text converter."""
        return rich_text_of(self.item) + "".join(self.closing_html)
