"""``/sitemap.xml``: an index of one sitemap per language (``/sitemap-uk.xml``), 1 000 pages each.

Wagtail's sitemap lists the descendants of the site's root page — here only the English tree,
since each language has its own home beside it — and knows nothing of translations. Here each
language's home and the pages below it are a section of their own, split into pages of
:attr:`LanguageSitemap.limit` URLs (``?p=2``) as the sitemaps protocol wants for big sites, and read
with ``iterator()`` so a worker never holds 10 000 pages at once. Each URL gets an ``xhtml:link
rel="alternate" hreflang`` per live public translation (itself included) plus ``x-default`` (the
default language's version, else the first), the same set the page's ``<head>`` announces.

Queries per sitemap page: the pages (one per page type, as Wagtail's ``specific()``) and their
translations (one), whatever the number of pages.
"""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Max, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .languages import language_code_of
from .origin import request_origin
from .visibility import public_q


class LanguageSitemap(Sitemap):
    """The live, public pages of one language's tree."""

    #: URLs per sitemap page (the protocol allows 50 000; small pages render fast and stay lean)
    limit = 1000

    def __init__(self, request, language):
        super().__init__(request)
        self.language = language

    @cached_property
    def language_root(self):
        """This language's home: the site's root page or its translation."""
        root = self.get_wagtail_site().root_page
        return root.get_translations(inclusive=True).filter(locale__language_code=self.language).first()

    def public_pages(self):
        if self.language_root is None:
            return Page.objects.none()
        return Page.objects.descendant_of(self.language_root, inclusive=True).filter(public_q())

    def items(self):
        return self.public_pages().order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        """For the index: one aggregate, not a walk over every page."""
        return self.public_pages().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list.iterator())
        alternates = alternates_of({item.translation_key for item in items}, self.get_wagtail_site(), self.request)
        urls = []
        for item in items:
            own_location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if url_info.get("location") == own_location:
                    url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def alternates_of(translation_keys, site, request):
    """``{translation_key: [{"lang_code", "location"}, …]}`` for those of ``translation_keys``
    live and public in the site's languages, plus ``x-default`` (one query)."""
    in_site = Q(pk__in=[])  # under any language's home page
    for root in site.root_page.get_translations(inclusive=True):
        in_site |= Page.objects.descendant_of_q(root, inclusive=True)
    pages = (
        Page.objects.filter(in_site, translation_key__in=translation_keys)
        .filter(public_q())
        .only("translation_key", "locale_id", "url_path")
    )
    by_key = {}
    for translation in pages:
        location = translation.get_full_url(request)
        if location:
            by_key.setdefault(translation.translation_key, {})[language_code_of(translation)] = location
    result = {}
    for key, by_language in by_key.items():
        links = [{"lang_code": code, "location": by_language[code]} for code, _ in settings.LANGUAGES if code in by_language]
        # A page in one language names itself too, and x-default falls back to the first language
        # it exists in: search engines want the full set on every URL.
        default = by_language.get(settings.LANGUAGE_CODE, links[0]["location"])
        result[key] = [*links, {"lang_code": "x-default", "location": default}]
    return result


def _sections(request):
    return {code: LanguageSitemap(request, code) for code, _name in settings.LANGUAGES}


@cache_control(public=True, max_age=60 * 10)
def sitemap_index(request):
    """``/sitemap.xml``: where each language's sitemap pages are, and when each last changed.

    Django's own index view names the host the request came to; ours names the address readers
    use (``core.origin``), like every other absolute link of the portal."""
    origin = request_origin(request)
    if origin is None:
        raise Http404("Unknown host.")
    entries = []
    for section, site_map in _sections(request).items():
        location = origin + reverse("sitemap_section", kwargs={"section": section})
        last_mod = site_map.get_latest_lastmod()
        for number in range(1, site_map.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(location if number == 1 else f"{location}?p={number}", last_mod))
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")


@cache_control(public=True, max_age=60 * 10)
def sitemap_section(request, section):
    """``/sitemap-<language>.xml[?p=N]``: up to 1 000 pages of one language."""
    sections = _sections(request)
    if section not in sections:
        raise Http404("No sitemap for that language.")
    return sitemap_views.sitemap(request, sections, section=section)
