"""The contract between an importer and the page families it fills, so that neither names the other.

An importer (``plone_import``) reads an item of another system and hands the new page an
:class:`ImportSource`: the item's values, read and cleaned, dates on the portal's clock. What a
page type takes from it is the family's business, written next to its fields::

    class NewsPage(ImportTarget, BasePage):
        def fill_from_import(self, source):
            self.date = source.published_at
            self.lead = source.summary(600) or self.title

``fill_imported_page()`` calls that method on an :class:`ImportTarget` and gives any other page
type the usual treatment (introduction, lead or summary, main image — where the model has such a
field). A page that cannot be made from the item raises :class:`ImportRefused`; the importer
reports the item as failed and keeps nothing of it.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape


class ImportRefused(Exception):
    """The item cannot become this page; the message says why, for the import report."""


class ImportSource:
    """One item of another system, as a page family reads it. An importer implements each method."""

    #: the locale of the page being made, the portal's time zone (``zoneinfo``) and its name
    locale = zone = zone_name = None
    #: the main image already imported for the page (``None`` without one)
    hero_image = None
    #: when the item was first published in the old system (aware)
    published_at = None

    def text(self, key):
        """The item's value for ``key`` as plain text (``""`` when absent)."""
        raise NotImplementedError

    def flag(self, key):
        """The item's yes/no value for ``key``."""
        raise NotImplementedError

    def datetime(self, key):
        """The item's date-time for ``key``, aware; ``None`` when absent or unreadable."""
        raise NotImplementedError

    def summary(self, limit):
        """The lead a card shows: the item's description, else the start of its text, else its title."""
        raise NotImplementedError

    def excerpt(self, limit):
        """The start of the item's text without markup."""
        raise NotImplementedError

    def warn(self, message):
        """A line for the import report: something was changed or left out."""
        raise NotImplementedError

    def append_html(self, html):
        """Safe HTML to add at the end of the page's body (details that have no field of their own)."""
        raise NotImplementedError


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


class ImportTarget:
    """A page type that says itself what it takes from an imported item."""

    def fill_from_import(self, source):
        fill_generic(self, source)


def fill_generic(page, source):
    """Any page type: the usual introduction fields and main image, where the model has them."""
    model = type(page)
    description = source.text("description")
    if has_field(model, "intro") and description:
        page.intro = f"<p>{escape(description)}</p>"
    for name, limit in (("lead", 600), ("summary", 600)):
        if has_field(model, name):
            setattr(page, name, source.summary(limit) or page.title)
    if has_field(model, "hero_image") and source.hero_image is not None:
        page.hero_image = source.hero_image


def fill_imported_page(page, source):
    """Fill ``page``'s own fields from ``source`` (the importer has set title and common fields)."""
    if isinstance(page, ImportTarget):
        page.fill_from_import(source)
    else:
        fill_generic(page, source)
