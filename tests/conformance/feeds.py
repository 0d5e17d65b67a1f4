"""Feeds as feed readers and validators read them: Atom (RFC 4287), RSS 2.0 and JSON Feed 1.1.

XML is parsed strictly with lxml (no recovery), then read by feedparser when it is installed: its
``bozo`` flag is what a reader sees when a feed is broken.
"""

import json

from .rules import is_absolute_iri, is_absolute_url, is_rfc822, is_rfc3339

ATOM = "{http://www.w3.org/2005/Atom}"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JSON_FEED_KEYS = {
    "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon",
    "authors", "language", "expired", "hubs", "items",
}  # fmt: skip
JSON_ITEM_KEYS = {
    "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image",
    "date_published", "date_modified", "authors", "tags", "language", "attachments",
}  # fmt: skip


def parse_xml(document, found):
    from lxml import etree

    try:
        return etree.fromstring(document.body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        found.append(f"not well-formed XML: {exc}")
        return None


def feedparser_problems(document):
    try:
        import feedparser
    except ImportError:  # optional: the XML rules above still apply
        return []
    parsed = feedparser.parse(document.body, response_headers={"content-type": document.content_type})
    if parsed.bozo:
        return [f"feedparser: {parsed.bozo_exception!r}"]
    if not parsed.entries:
        return ["feedparser: no entries"]
    return []


def text_of(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def atom_entry_or_feed(element, where, found, *, entry):
    ids = element.findall(f"{ATOM}id")
    if len(ids) != 1 or not is_absolute_iri((ids[0].text or "").strip()):
        found.append(f"{where}: id must be one absolute IRI (a urn:uuid a valid UUID), found {[i.text for i in ids]}")
    if not text_of(element, f"{ATOM}title"):
        found.append(f"{where}: title missing")
    updated = text_of(element, f"{ATOM}updated")
    if not is_rfc3339(updated):
        found.append(f"{where}: updated {updated!r} is not an RFC 3339 date-time")
    published = element.find(f"{ATOM}published")
    if published is not None and not is_rfc3339((published.text or "").strip()):
        found.append(f"{where}: published {published.text!r} is not an RFC 3339 date-time")
    links = element.findall(f"{ATOM}link")
    alternates = [link for link in links if link.get("rel", "alternate") == "alternate"]
    if not alternates:
        found.append(f'{where}: no link rel="alternate"')
    if len({(link.get("type"), link.get("hreflang")) for link in alternates}) != len(alternates):
        found.append(f'{where}: more than one link rel="alternate" of the same type and hreflang')
    for link in links:
        if not is_absolute_url(link.get("href")):
            found.append(f"{where}: link href {link.get('href')!r} is not absolute")
    if not entry and not [link for link in links if link.get("rel") == "self"]:
        found.append(f'{where}: no link rel="self" (RFC 4287 4.1.1: SHOULD)')
    for author in element.findall(f"{ATOM}author"):
        if not text_of(author, f"{ATOM}name"):
            found.append(f"{where}: an author without a name")


def atom_problems(document):
    found = []
    if not document.content_type.startswith("application/atom+xml"):
        found.append(f"Content-Type {document.content_type!r}, not application/atom+xml")
    root = parse_xml(document, found)
    if root is None:
        return found
    if root.tag != f"{ATOM}feed":
        return [*found, f"root element {root.tag}, not atom:feed"]
    atom_entry_or_feed(root, "feed", found, entry=False)
    feed_has_author = root.find(f"{ATOM}author") is not None
    entries = root.findall(f"{ATOM}entry")
    if not entries:
        found.append("no entries")
    ids = [text_of(entry, f"{ATOM}id") for entry in entries]
    if len(set(ids)) != len(ids):
        found.append(f"entries share an id: {ids}")
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        atom_entry_or_feed(entry, where, found, entry=True)
        if not feed_has_author and entry.find(f"{ATOM}author") is None:
            found.append(f"{where}: no author, and the feed names none")
        if entry.find(f"{ATOM}content") is None and entry.find(f"{ATOM}summary") is None:
            found.append(f"{where}: neither content nor summary")
    return found + feedparser_problems(document)


def rss_problems(document):
    found = []
    if not document.content_type.startswith(("application/rss+xml", "application/xml", "text/xml")):
        found.append(f"Content-Type {document.content_type!r}, not application/rss+xml")
    root = parse_xml(document, found)
    if root is None:
        return found
    if root.tag != "rss" or root.get("version") != "2.0":
        return [*found, f'root element {root.tag} version {root.get("version")!r}, not rss version="2.0"']
    channels = root.findall("channel")
    if len(channels) != 1:
        return [*found, f"{len(channels)} channels, not one"]
    channel = channels[0]
    for key in ("title", "link", "description"):
        if not text_of(channel, key):
            found.append(f"channel: {key} missing")
    if text_of(channel, "link") and not is_absolute_url(text_of(channel, "link")):
        found.append(f"channel: link {text_of(channel, 'link')!r} is not absolute")
    for key in ("pubDate", "lastBuildDate"):
        if channel.find(key) is not None and not is_rfc822(text_of(channel, key)):
            found.append(f"channel: {key} {text_of(channel, key)!r} is not an RFC 822 date")
    if channel.find(f"{ATOM}link[@rel='self']") is None:
        found.append('channel: no atom:link rel="self" (the RSS Advisory Board recommends it)')
    items = channel.findall("item")
    if not items:
        found.append("no items")
    guids = []
    for number, item in enumerate(items, 1):
        where = f"item {number}"
        if not (text_of(item, "title") or text_of(item, "description")):
            found.append(f"{where}: neither title nor description")
        link = text_of(item, "link")
        if link and not is_absolute_url(link):
            found.append(f"{where}: link {link!r} is not absolute")
        guid = item.find("guid")
        if guid is None or not (guid.text or "").strip():
            found.append(f"{where}: guid missing")
        else:
            guids.append(guid.text.strip())
            if guid.get("isPermaLink", "true") == "true" and not is_absolute_url(guid.text.strip()):
                found.append(f"{where}: guid {guid.text!r} is a permalink but not an absolute address")
        if not is_rfc822(text_of(item, "pubDate")):
            found.append(f"{where}: pubDate {text_of(item, 'pubDate')!r} is not an RFC 822 date")
        for enclosure in item.findall("enclosure"):
            if (
                not is_absolute_url(enclosure.get("url"))
                or not (enclosure.get("length") or "").isdigit()
                or not enclosure.get("type")
            ):
                found.append(f"{where}: enclosure {dict(enclosure.attrib)} needs an absolute url, a length and a type")
    if len(set(guids)) != len(guids):
        found.append(f"items share a guid: {guids}")
    return found + feedparser_problems(document)


def json_feed_problems(document):
    found = []
    if not document.content_type.startswith("application/feed+json"):
        found.append(f"Content-Type {document.content_type!r}, not application/feed+json")
    try:
        feed = json.loads(document.body)
    except ValueError as exc:
        return [*found, f"not JSON: {exc}"]
    if feed.get("version") != JSON_FEED_VERSION:
        found.append(f"version {feed.get('version')!r}, not {JSON_FEED_VERSION}")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        found.append("title missing")
    for key in ("home_page_url", "feed_url"):
        if not is_absolute_url(feed.get(key)):
            found.append(f"{key} {feed.get(key)!r} is not an absolute address")
    if feed.get("language") != document.language:
        found.append(f"language {feed.get('language')!r} on the {document.language!r} feed")
    unknown = {key for key in feed if not key.startswith("_")} - JSON_FEED_KEYS
    if unknown:
        found.append(f"{sorted(unknown)} are not JSON Feed 1.1 keys (extensions start with _)")
    if "author" in feed:
        found.append("author is JSON Feed 1.0's; 1.1 has authors")
    for author in feed.get("authors", []):
        if not isinstance(author, dict) or not author.get("name"):
            found.append(f"authors: {author!r} has no name")
    items = feed.get("items")
    if not isinstance(items, list) or not items:
        return [*found, "items missing or empty"]
    ids = [item.get("id") for item in items]
    if len(set(map(str, ids))) != len(ids):
        found.append(f"items share an id: {ids}")
    for number, item in enumerate(items, 1):
        where = f"item {number}"
        if not isinstance(item.get("id"), str) or not item["id"]:
            found.append(f"{where}: id {item.get('id')!r} is not a non-empty string")
        if not is_absolute_url(item.get("url")):
            found.append(f"{where}: url {item.get('url')!r} is not an absolute address")
        if not any(isinstance(item.get(key), str) and item[key] for key in ("content_html", "content_text")):
            found.append(f"{where}: neither content_html nor content_text")
        if not is_rfc3339(item.get("date_published")):
            found.append(f"{where}: date_published {item.get('date_published')!r} is not RFC 3339")
        if "date_modified" in item and not is_rfc3339(item["date_modified"]):
            found.append(f"{where}: date_modified {item['date_modified']!r} is not RFC 3339")
        if "image" in item and not is_absolute_url(item["image"]):
            found.append(f"{where}: image {item['image']!r} is not an absolute address")
        unknown = {key for key in item if not key.startswith("_")} - JSON_ITEM_KEYS
        if unknown:
            found.append(f"{where}: {sorted(unknown)} are not JSON Feed 1.1 item keys")
        for author in item.get("authors", []):
            if not isinstance(author, dict) or not author.get("name"):
                found.append(f"{where}: authors: {author!r} has no name")
        if "tags" in item and not all(isinstance(tag, str) for tag in item["tags"]):
            found.append(f"{where}: tags {item['tags']!r} are not strings")
    return found
