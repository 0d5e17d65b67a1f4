"""Base for RSS 2.0 / Atom feeds of any page listing (``django.contrib.syndication``).

The syndication framework escapes text for XML; what it cannot do is drop the control
characters XML 1.0 forbids outright, which a pasted title can carry — ``xml_safe`` does.

An item's description is different from its title: RSS ``<description>`` and Atom
``<summary type="html">`` carry *HTML*, which readers render after unescaping the XML. Our
summaries are plain text, so they are escaped as HTML first (``item_description``); otherwise a
lead that mentions ``<b>`` literally would come out bold, or worse, in someone's feed reader.
"""

import mimetypes
import re
import uuid

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape

from .navigation import portal_chrome

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text):
    return XML_FORBIDDEN.sub("", str(text or ""))


class PageFeed(Feed):
    """A feed of pages with the card interface (title, card_date, card_summary, card_image)."""

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        return escape(xml_safe(item.card_summary))

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        # A UUID URN, as Atom's ``id`` must be a valid URI: one per page *and language* (the
        # translations share ``translation_key``), derived so that it never changes.
        return f"urn:uuid:{uuid.uuid5(item.translation_key, item.locale.language_code)}"

    def author_name(self, obj):
        # Atom wants an author for every entry: the portal stands in for entries naming none.
        return xml_safe(portal_chrome(self.request)["site_name"])

    def item_author_name(self, item):
        """The entry's own authors (``feed_author_names`` of the page family), if it names any."""
        names = getattr(item, "feed_author_names", None)
        return xml_safe(", ".join(names)) if names else None

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.card_date

    def item_updateddate(self, item):
        return item.last_published_at or item.card_date

    def item_enclosures(self, item):
        image = item.card_image
        if image is None:
            return []
        # A web-sized JPEG every reader can show, not the editor's original upload.
        rendition = image.get_rendition("fill-1200x630-c50|format-jpeg")
        try:
            length = rendition.file.size
        except OSError:
            length = 0
        mime = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(length), mime)]
