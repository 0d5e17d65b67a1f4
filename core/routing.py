"""Routing a page request in two queries, whatever its depth.

Wagtail routes ``/en/news/some-article/`` one level at a time: the site's root page, its
translation, each child by slug and each child's ``specific`` object — two queries per level,
eight for an article. This router asks once for every page whose ``url_path`` is a prefix of the
requested one (``core`` migration 0008 indexes ``url_path``), walks those rows in memory the way
Wagtail's ``route()`` methods would, and loads only the page that answers as its specific type.
It then hands over to that page's own ``route()``, so routable pages (feeds, tag and archive
pages, iCal) and Http404 behave exactly as in Wagtail; anything unusual (no live home page in
this language, a page type we cannot tell) falls back to Wagtail's own routing.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site

from . import fragment_cache

#: ``request`` attribute Wagtail itself caches the route under (``Page.route_for_request``).
ROUTE_ATTRIBUTE = "_wagtail_route_for_request"


class _Fallback(Exception):
    """This request needs Wagtail's own level-by-level routing."""


class RoutedPageMixin:
    """A page routed here knows its ancestors: checking its view restrictions is one query."""

    def get_view_restrictions(self):
        ancestors = getattr(self, "_routed_ancestors", None)
        if ancestors is None:
            return super().get_view_restrictions()
        # As Wagtail's: the page and each ancestor, an alias standing for the page it mirrors;
        # the tree's root (above the home pages) by its path.
        page_ids = {page.alias_of_id or page.pk for page in (self, *ancestors)}
        return PageViewRestriction.objects.filter(Q(page_id__in=page_ids) | Q(page__path=self.path[: self.steplen]))


#: Sites by host, port and page-cache generation: saving a Site starts a new generation
#: (``core.signals``), so every process stops using what it remembered.
_sites = {}


def _site_for(request):
    """Wagtail's ``Site.find_for_request`` without its query on most requests."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    generation = fragment_cache.request_generation(request)
    if generation is None:  # no cache: nothing tells this process when a site changes
        return Site.find_for_request(request)
    key = (split_domain_port(request._get_raw_host())[0], request.get_port(), generation)
    if key not in _sites:
        if len(_sites) > 100:
            _sites.clear()  # old generations
        _sites[key] = Site._find_for_request(request)
    request._wagtail_site = _sites[key]
    return request._wagtail_site


def route_for_request(request, path):
    """``(page, args, kwargs)`` for ``path`` on the request's site, or None for a 404."""
    if not hasattr(request, ROUTE_ATTRIBUTE):
        site = _site_for(request)
        components = [component for component in path.split("/") if component]
        try:
            result = _route(request, site, components) if site else None
        except _Fallback:
            return Page.route_for_request(request, path)
        except Http404:
            result = None
        setattr(request, ROUTE_ATTRIBUTE, result)
    return getattr(request, ROUTE_ATTRIBUTE)


def _root_path(site):
    """The ``url_path`` of the site's home page in the active language."""
    language = get_supported_content_language_variant(translation.get_language())
    for root in Site.get_site_root_paths():  # cached by Wagtail, cleared when a home page moves
        if root.site_id == site.id and root.language_code == language:
            return root.root_path
    raise _Fallback


def _page_class(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        raise _Fallback
    return model


def _answers_itself(page_class, live, remaining):
    """Would this page's ``route()`` answer ``remaining`` rather than pass it to a child?"""
    if not remaining:
        return True
    route = page_class.route
    if route is Page.route:
        return False
    if route is RoutablePageMixin.route:
        if not live:
            return False  # Wagtail's routable pages only serve their own routes when live
        try:
            page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return False
        return True
    return True  # a route() of our own: let it decide, as Wagtail would


def _route(request, site, components):
    root_path = _root_path(site)
    prefixes = [root_path + "".join(f"{part}/" for part in components[:depth]) for depth in range(len(components) + 1)]
    rows = {page.url_path: page for page in Page.objects.filter(url_path__in=prefixes)}
    if root_path not in rows or not rows[root_path].live:
        raise _Fallback  # Wagtail routes from the default language's home page instead
    for depth, prefix in enumerate(prefixes):
        row = rows[prefix]
        page_class = _page_class(row.content_type_id)
        remaining = components[depth:]
        next_prefix = prefixes[depth + 1] if depth + 1 < len(prefixes) else None
        if _answers_itself(page_class, row.live, remaining) or next_prefix not in rows:
            page = page_class._default_manager.get(pk=row.pk)
            ancestors = [rows[ancestor] for ancestor in prefixes[:depth]]
            if ancestors:
                # The parent row is loaded already: breadcrumbs and "back to the index" need no query.
                page._cached_parent_obj = ancestors[-1]
            if rows[root_path].depth == 2:  # the home page sits under the tree's root: the chain is whole
                page._routed_ancestors = ancestors
            return page.route(request, remaining)
    raise AssertionError("unreachable: the last prefix always answers itself")
