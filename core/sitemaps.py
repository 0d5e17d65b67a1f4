"""``/sitemap.xml``: every live, public page of every language, with its translations.

Wagtail's sitemap lists the descendants of the site's root page — here only the English tree,
since each language has its own home beside it — and knows nothing of translations. This
subclass walks the root page's translations too, and gives each URL an ``xhtml:link
rel="alternate" hreflang`` per live public translation plus ``x-default`` (the default
language's version), the same set the page's ``<head>`` announces. Django's ``sitemap.xml``
template writes the alternates. A page that exists in one language only gets none.

Queries: the pages (one per page type, as Wagtail's ``specific()``) and the translated ones (one).
"""

from django.conf import settings
from django.db.models import Count, Q
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .languages import language_code_of
from .visibility import public_q


class PortalSitemap(Sitemap):
    @cached_property
    def in_site_q(self):
        """Under the site's home page or any of its translations (each language's home)."""
        condition = Q(pk__in=[])
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            condition |= Page.objects.descendant_of_q(root, inclusive=True)
        return condition

    def public_pages(self):
        """Live pages of this site, in any language, outside private sections."""
        return Page.objects.filter(self.in_site_q).filter(public_q())

    def items(self):
        return self.public_pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        alternates = self.alternates()
        urls = []
        for item in self.paginator.page(page).object_list:
            own_location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if url_info.get("location") == own_location:
                    url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self):
        """``{translation_key: [{"lang_code", "location"}, …]}`` for pages live in two or more languages."""
        translated = self.public_pages().order_by().values("translation_key").annotate(n=Count("pk")).filter(n__gt=1)
        pages = (
            self.public_pages()
            .filter(translation_key__in=translated.values("translation_key"))
            .only("translation_key", "locale_id", "url_path")
        )
        by_key = {}
        for translation in pages:
            location = translation.get_full_url(self.request)
            if location:
                by_key.setdefault(translation.translation_key, {})[language_code_of(translation)] = location
        result = {}
        for key, by_language in by_key.items():
            links = [{"lang_code": code, "location": by_language[code]} for code, _ in settings.LANGUAGES if code in by_language]
            if len(links) < 2:
                continue
            if settings.LANGUAGE_CODE in by_language:
                links.append({"lang_code": "x-default", "location": by_language[settings.LANGUAGE_CODE]})
            result[key] = links
        return result
