"""schema.org building blocks every family's ``jsonld.py`` shares.

Each page family describes its pages in its own ``jsonld.py`` (``NewsArticle``, ``Event``,
``Project``), starting from ``BasePage.get_json_ld`` (type, name, address, language,
description). The pieces here are the ones they have in common: an organisation, the portal as
the fallback author, and leaving out what is unknown rather than printing ``null``.
"""

from django.utils.translation import gettext

from .navigation import breadcrumb_pages, portal_chrome

#: An organisation's logo in JSON-LD: search engines want at least 112 px; never enlarged.
LOGO_RENDITION = "max-600x600"


def organization(organisation, request=None):
    """An ``Organization`` for a ``core.Organisation`` snippet: its name, its web address and, given
    the request (logos are absolute addresses), its logo when it has them. Load the logos with their
    ``LOGO_RENDITION`` prefetched to keep a list of organisations at a fixed number of queries."""
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.url:
        data["url"] = organisation.url
    if request is not None and organisation.logo_id:
        data["logo"] = absolute(request, organisation.logo.get_rendition(LOGO_RENDITION).url)
    return data


def portal_organization(request):
    """The portal itself, for pages that name no author or organiser."""
    return {"@type": "Organization", "name": portal_chrome(request)["site_name"] if request else ""}


def without_unknowns(data):
    """The document without the keys whose value is ``None``."""
    return {key: value for key, value in data.items() if value is not None}


def absolute(request, url):
    return request.build_absolute_uri(url) if request else url


def breadcrumb_list(request, page):
    """The trail the page's breadcrumbs show, as a ``BreadcrumbList`` (None on a home page)."""
    ancestors = breadcrumb_pages(page)
    if not ancestors:
        return None
    trail = [(gettext("Home"), ancestors[0]), *((ancestor.title, ancestor) for ancestor in ancestors[1:]), (page.title, page)]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": crumb.get_full_url(request)}
            for position, (name, crumb) in enumerate(trail, start=1)
        ],
    }
