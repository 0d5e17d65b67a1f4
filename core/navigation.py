"""Where a visitor can go from the current page: locale homes, language versions, menu, breadcrumbs.

Every helper here is called from the base template on every page, so each costs a fixed number
of queries (one or two) and caches its result on the request, where the header, the
``<head>`` alternates and the footer share it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Locale, Page, Site

from . import chrome
from .footer_links import footer_links
from .languages import current_language
from .models import PortalSettings
from .visibility import public_q, visible_to


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool
    #: True when the link leads to a translation of the current page, False when it falls
    #: back to that language's home page (so hreflang alternates only list real translations).
    is_translation: bool


def _cached(request, key, compute):
    cache = request.__dict__.setdefault("_portal_navigation", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def portal_chrome(request):
    """Site name, logo and the publisher's contacts in the active language, cached."""
    site = Site.find_for_request(request)
    language = current_language()

    def compute():
        portal = PortalSettings.for_site(site) if site else PortalSettings()
        logo = None
        if portal.logo_id:
            rendition = portal.logo.get_rendition("height-96")
            logo = {"url": rendition.url, "width": rendition.width * 48 // max(rendition.height, 1), "height": 48}
        publisher = None
        if portal.publisher_id:
            organisation = portal.publisher.localized
            publisher = {
                field: getattr(organisation, field) for field in ("name", "short_name", "address", "email", "phone", "url")
            }
        locale = Locale.objects.filter(language_code=language).first()
        links = footer_links(locale) if locale else []
        return {"site_name": portal.site_name, "logo": logo, "publisher": publisher, "footer_links": links}

    return _cached(request, "portal", lambda: chrome.cached("portal", [getattr(site, "pk", 0), language], compute))


def locale_homes(request):
    """The site's home page in each locale that has one, keyed by language code (cached)."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}

        def query():
            homes = Page.objects.filter(translation_key=site.root_page.translation_key).live().select_related("locale")
            return {home.locale.language_code: home for home in homes}

        return chrome.cached("homes", [site.pk], query)

    return _cached(request, "homes", compute)


def current_home(request):
    homes = locale_homes(request)
    return homes.get(current_language()) or homes.get(settings.LANGUAGE_CODE)


def language_links(request, page=None):
    """One link per configured language, to the translation of ``page`` or that locale's home."""

    def compute():
        homes = locale_homes(request)
        translations = {}
        if isinstance(page, Page) and page.pk:
            translations = chrome.cached(
                "translations",
                [page.pk],
                lambda: {
                    p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")
                },
            )
            # A members-only translation is offered only to a visitor who may open it.
            visible = visible_to(request, translations.values())
            translations = {code: p for code, p in translations.items() if p in visible}
        resolver_match = getattr(request, "resolver_match", None)
        is_routed_view = (
            not isinstance(page, Page) and resolver_match is not None and resolver_match.url_name not in (None, "wagtail_serve")
        )
        active = current_language()
        links = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            if target is None and not is_routed_view:
                target = homes.get(code)
            if target is not None:
                url, absolute_url = target.get_url(request), target.get_full_url(request)
            else:
                # A non-page view (search, for instance) exists under every language prefix.
                url = translate_url(request.get_full_path(), code) if is_routed_view else f"/{code}/"
                absolute_url = request.build_absolute_uri(url)
            links.append(
                LanguageLink(
                    code=code,
                    name=name,
                    url=url,
                    absolute_url=absolute_url,
                    is_current=code == active,
                    is_translation=code in translations or is_routed_view,
                )
            )
        return links

    return _cached(request, ("languages", getattr(page, "pk", None)), compute)


def menu_pages(request):
    """Public pages marked "show in menus" directly under the current locale's home (one query)."""

    def compute():
        home = current_home(request)
        if home is None:
            return []
        return chrome.cached("menu", [home.pk], lambda: list(home.get_children().filter(public_q()).in_menu()))

    return _cached(request, "menu", compute)


def breadcrumb_pages(page):
    """Ancestors from the locale's home down to the parent of ``page`` (cached)."""
    if not isinstance(page, Page) or not page.pk or page.depth <= 2:
        return []
    return chrome.cached("ancestors", [page.pk], lambda: list(page.get_ancestors().filter(depth__gte=2)))
