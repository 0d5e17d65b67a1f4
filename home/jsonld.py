"""schema.org for a language's home page: the portal as a ``WebSite`` with its search, and the
organisation behind it, so search engines show the site's name and a search box."""

from django.urls import reverse
from django.utils import translation

from core.languages import language_code_of
from core.navigation import portal_chrome


def home_json_ld(home, request):
    portal = portal_chrome(request) if request else {"site_name": home.title, "logo": None, "publisher": None}
    language = language_code_of(home)
    url = home.get_full_url(request)
    publisher = portal["publisher"] or {}
    organization = {
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": publisher.get("name") or portal["site_name"],
        "url": publisher.get("url") or url,
    }
    if portal["logo"] and request is not None:
        organization["logo"] = request.build_absolute_uri(portal["logo"]["url"])
    if publisher.get("email"):
        organization["email"] = publisher["email"]
    with translation.override(language):
        search = reverse("search")
    search_url = request.build_absolute_uri(search) if request is not None else search
    website = {
        "@type": "WebSite",
        "@id": f"{url}#website",
        "name": portal["site_name"],
        "url": url,
        "inLanguage": language,
        "publisher": {"@id": organization["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    description = home.get_meta_description()
    if description:
        website["description"] = description
    return {"@context": "https://schema.org", "@graph": [website, organization]}
