"""OpenGraph (https://ogp.me/) as link previews read it: complete, absolute, and in step with the
page's canonical link and language alternates."""

import re
from urllib.parse import urlsplit

from .rules import is_absolute_url, is_rfc3339

OG_LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")
OG_TYPES = {"website", "article", "profile", "book"}


def head_of(html):
    """``(meta {property or name: [content, …]}, canonical hrefs, {hreflang: href})`` of the head."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html)
    meta = {}
    for element in tree.iterfind(".//head/meta"):
        key = element.get("property") or element.get("name")
        if key:
            meta.setdefault(key, []).append(element.get("content") or "")
    canonical = [link.get("href") for link in tree.iterfind(".//head/link") if link.get("rel") == "canonical"]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in tree.iterfind(".//head/link")
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    return meta, canonical, alternates


def one(meta, key, problems):
    values = meta.get(key, [])
    if len(values) != 1 or not values[0].strip():
        problems.append(f"{key}: expected one non-empty value, found {values!r}")
        return ""
    return values[0]


def problems(document):
    meta, canonical, alternates = head_of(document.text)
    found = []
    if len(canonical) != 1 or not is_absolute_url(canonical[0]):
        found.append(f'<link rel="canonical">: expected one absolute address, found {canonical!r}')
    one(meta, "og:title", found)
    og_type = one(meta, "og:type", found)
    if og_type and og_type not in OG_TYPES:
        found.append(f"og:type {og_type!r} is not an OpenGraph type")
    url = one(meta, "og:url", found)
    if url and not is_absolute_url(url):
        found.append(f"og:url {url!r} is not absolute")
    if url and canonical and url != canonical[0]:
        found.append(f"og:url {url!r} differs from the canonical link {canonical[0]!r}")
    if url and urlsplit(url).path != urlsplit(document.url).path and "?" not in document.path:
        found.append(f"og:url {url!r} is not the address the page was read at ({document.url})")
    one(meta, "og:description", found)

    locale = one(meta, "og:locale", found)
    if locale and not OG_LOCALE.match(locale):
        found.append(f"og:locale {locale!r} is not language_TERRITORY (ll_CC)")
    elif locale and document.language and not locale.startswith(f"{document.language}_"):
        found.append(f"og:locale {locale!r} is not the page's language {document.language!r}")
    others = {code for code in alternates if code not in ("x-default", document.language)}
    said = meta.get("og:locale:alternate", [])
    for value in said:
        if not OG_LOCALE.match(value):
            found.append(f"og:locale:alternate {value!r} is not ll_CC")
    if sorted(value.split("_")[0] for value in said) != sorted(others):
        found.append(f"og:locale:alternate {sorted(said)} do not match the translations the hreflang links name {sorted(others)}")

    if document.has_image:
        image = one(meta, "og:image", found)
        if image and not is_absolute_url(image):
            found.append(f"og:image {image!r} is not absolute")
        one(meta, "og:image:alt", found)
        for key in ("og:image:width", "og:image:height"):
            if key in meta and not meta[key][0].isdigit():
                found.append(f"{key} {meta[key][0]!r} is not a number of pixels")
    elif "og:image" in meta:
        found.append("og:image on a page without a picture")
    elif any(key.startswith("og:image:") for key in meta):
        found.append("og:image:… without og:image")

    if og_type == "article":
        for key in ("article:published_time", "article:modified_time"):
            value = one(meta, key, found)
            if value and not is_rfc3339(value):
                found.append(f"{key} {value!r} is not an ISO 8601 date and time")
        if sorted(meta.get("article:tag", [])) != sorted(document.tags):
            found.append(f"article:tag {meta.get('article:tag', [])} is not the article's tags {document.tags}")
    elif any(key.startswith("article:") for key in meta):
        found.append(f"article:* tags on an og:type {og_type!r} page")
    return found
