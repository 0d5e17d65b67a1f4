"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a ``django.contrib.syndication`` feed type.

A ``Feed`` subclass sets ``feed_type = JsonFeed`` and gets the same items, links, ids, dates,
authors and pictures as its RSS and Atom siblings; only the writing differs. Item descriptions
are HTML (the syndication framework's convention, see ``core.feeds``), so they become
``content_html``, and their text, unescaped, the ``summary``.
"""

import html
import json

from django.utils.feedgenerator import SyndicationFeed, rfc3339_date

VERSION = "https://jsonfeed.org/version/1.1"


class JsonFeed(SyndicationFeed):
    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        outfile.write(json.dumps(self.document(), ensure_ascii=False, indent=1).encode(encoding))

    def document(self):
        feed = self.feed
        document = {
            "version": VERSION,
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            "authors": [{"name": feed["author_name"]}] if feed["author_name"] else None,
            "items": [self.item(item) for item in self.items],
        }
        return {key: value for key, value in document.items() if value is not None}

    def item(self, item):
        pictures = [enclosure for enclosure in item["enclosures"] if enclosure.mime_type.startswith("image/")]
        entry = {
            "id": item["unique_id"] or item["link"],
            "url": item["link"],
            "title": item["title"],
            "content_html": item["description"] or "",
            "summary": html.unescape(item["description"] or "") or None,
            "image": pictures[0].url if pictures else None,
            "date_published": rfc3339_date(item["pubdate"]) if item["pubdate"] else None,
            "date_modified": rfc3339_date(item["updateddate"]) if item["updateddate"] else None,
            "authors": [{"name": item["author_name"]}] if item["author_name"] else None,
            "tags": list(item["categories"]) or None,
        }
        return {key: value for key, value in entry.items() if value is not None}
