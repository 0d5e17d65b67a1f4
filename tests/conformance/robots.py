"""robots.txt as first-match parsers (Python's ``urllib.robotparser``, many crawlers) apply it:
the admin stays out, every page of the table may be crawled, and the sitemap is announced."""

from urllib.robotparser import RobotFileParser

from .rules import is_absolute_url


def problems(document, documents):
    found = []
    if not document.content_type.startswith("text/plain"):
        found.append(f"Content-Type {document.content_type!r}, not text/plain")
    robots = RobotFileParser()
    robots.parse(document.text.splitlines())
    for agent, path in (("*", "/admin/"), ("AnyBot", "/admin/pages/")):
        if robots.can_fetch(agent, f"http://testserver{path}"):
            found.append(f"{agent} may fetch {path}")
    for other in documents.values():
        if other.language and other.status == 200 and not robots.can_fetch("*", other.url):
            found.append(f"{other} may not be crawled")
    sitemaps = robots.site_maps() or []
    if not sitemaps or not all(is_absolute_url(address) for address in sitemaps):
        found.append(f"Sitemap: lines {sitemaps!r}; one absolute address of /sitemap.xml wanted")
    return found
