"""Sitemaps as search engines read them: the index at /sitemap.xml and every sitemap it names.

Each sitemap (``urlset``) is validated against sitemaps.org's own XML Schema, ``sitemap.xsd``:
the file is copied unchanged from the npm package ``sitemap`` 9.0.1 (``schema/sitemap.xsd``,
"Last Modifed 2008-03-26", the schema sitemaps.org publishes under CC BY-SA 2.5). That schema
validates elements of other namespaces strictly, so ``xhtml-link.xsd`` (written for this suite)
declares the ``xhtml:link`` hreflang alternates. No package carries sitemaps.org's
``siteindex.xsd``, so the index is checked by its rules here instead (namespace, absolute ``loc``,
W3C datetime ``lastmod``, nothing else inside). The rules beyond the schema: absolute and unique
addresses, alternates that name the URL itself, ``x-default``, and go both ways, and every page
of the table listed.
"""

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from .rules import HREFLANG, is_absolute_url, is_w3c_datetime

HERE = Path(__file__).resolve().parent
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
DRIVER = f"""<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="{(HERE / "sitemap.xsd").as_uri()}"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="{(HERE / "xhtml-link.xsd").as_uri()}"/>
</xsd:schema>"""


@cache
def schema():
    from lxml import etree

    return etree.XMLSchema(etree.fromstring(DRIVER.encode()))


def parse(text, where, found):
    from lxml import etree

    try:
        return etree.fromstring(text.encode(), etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        found.append(f"{where}: not well-formed XML: {exc}")
        return None


def index_problems(root, where, found):
    if root.tag != f"{SM}sitemapindex":
        found.append(f"{where}: root element {root.tag}, not the sitemaps.org sitemapindex")
        return
    locations = []
    for number, entry in enumerate(root, 1):
        if entry.tag != f"{SM}sitemap":
            found.append(f"{where}: element {entry.tag} in the index")
            continue
        children = [child.tag for child in entry]
        if children not in ([f"{SM}loc"], [f"{SM}loc", f"{SM}lastmod"]):
            found.append(f"{where}: sitemap {number} holds {children}, not loc and an optional lastmod")
        location = (entry.findtext(f"{SM}loc") or "").strip()
        locations.append(location)
        if not is_absolute_url(location):
            found.append(f"{where}: sitemap {number} loc {location!r} is not absolute")
        lastmod = entry.findtext(f"{SM}lastmod")
        if lastmod is not None and not is_w3c_datetime(lastmod.strip()):
            found.append(f"{where}: sitemap {number} lastmod {lastmod!r} is not a W3C datetime")
    if not locations or len(locations) > 50_000 or len(set(locations)) != len(locations):
        found.append(f"{where}: {len(locations)} sitemaps listed ({len(set(locations))} distinct); 1 to 50 000 distinct wanted")


def urlset_problems(root, where, found, alternates):
    validator = schema()
    if not validator.validate(root):
        for error in validator.error_log:
            found.append(f"{where}: line {error.line}: {error.message}")
    for number, url in enumerate(root.iterfind(f"{SM}url"), 1):
        location = (url.findtext(f"{SM}loc") or "").strip()
        if not is_absolute_url(location):
            found.append(f"{where}: url {number} loc {location!r} is not absolute")
        lastmod = url.findtext(f"{SM}lastmod")
        if lastmod is not None and not is_w3c_datetime(lastmod.strip()):
            found.append(f"{where}: url {number} lastmod {lastmod!r} is not a W3C datetime")
        links = {}
        for link in url.iterfind(f"{XHTML}link"):
            language, href = link.get("hreflang", ""), link.get("href", "")
            if link.get("rel") != "alternate" or not HREFLANG.match(language) or not is_absolute_url(href):
                found.append(f"{where}: {location}: xhtml:link {dict(link.attrib)} is not rel=alternate, hreflang, absolute href")
            if language in links:
                found.append(f"{where}: {location}: hreflang {language!r} twice")
            links[language] = href
        if links:
            if location not in {href for code, href in links.items() if code != "x-default"}:
                found.append(f"{where}: {location}: its alternates do not name the URL itself")
            if "x-default" not in links:
                found.append(f"{where}: {location}: alternates without x-default")
        if location in alternates:
            found.append(f"{where}: {location} listed twice")
        alternates[location] = links


def problems(document, documents):
    found, alternates, hosts = [], {}, set()
    if not document.parts:
        return ["no sitemap fetched"]
    for number, (address, text) in enumerate(document.parts):
        root = parse(text, address, found)
        if root is None:
            continue
        if number == 0:
            index_problems(root, address, found)
            hosts |= {urlsplit(loc.text or "").netloc for loc in root.iter(f"{SM}loc")}
        else:
            urlset_problems(root, address, found, alternates)
    hosts |= {urlsplit(location).netloc for location in alternates}
    if len(hosts) != 1:
        found.append(f"addresses on more than one host: {sorted(hosts)}")
    # hreflang goes both ways: each version lists every other, and they agree on the set.
    for location, links in alternates.items():
        for code, href in links.items():
            if code != "x-default" and href != location and alternates.get(href) != links:
                found.append(f"{location} names {href} ({code}) as a version, which does not name the same set back")
    listed = set(alternates)
    for other in documents.values():
        a_page = other.model is not None and other.route in (None, "index_route") and "?" not in other.path
        if a_page and "html" in other.checks and other.status == 200 and other.url not in listed:
            found.append(f"{other} is not in the sitemap")
    return found
