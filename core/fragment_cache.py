"""Fragments of a page kept rendered: the part of an article, event or project page that shows
the page itself and its neighbours costs no query until something it shows changes.

``{% pagefragment "name" page %}…{% endpagefragment %}`` (``portal_cache`` tags) keeps the HTML
between the tags (less its ``{% live %}`` parts) in Django's cache for ``FRAGMENT_CACHE_SECONDS``. The key holds the page, its
live revision, the language, the host and the page cache's generation token; the entry holds the
surrogate keys of what the fragment showed (``core.surrogate_keys``: the page, its cards, its
tags) and when its render started. So the same purges that keep the page cache honest keep the
fragments honest: publishing a page marks its keys purged and every fragment showing it is
rendered again; a change that reaches every page (menu, settings, images) replaces the
generation. What changes without a publish stays out of the kept HTML: the view counter is a
``{% live %}`` part; pages with a form (a CSRF token) keep no fragment.

Previews, drafts and unsaved pages are always rendered; so is everything when the cache is down
(``core.redis_cache`` turns its errors into misses).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from . import page_cache, surrogate_keys
from .query_parameters import read_parameters

PREFIX = "page-fragment:"


def timeout():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def request_generation(request):
    """The page cache's generation, read once per request (None while the cache is down)."""
    if not hasattr(request, "_fragment_generation"):
        request._fragment_generation = page_cache.current_generation()
    return request._fragment_generation


def _key(request, name, page, generation, vary):
    revision = page.live_revision_id or (page.last_published_at and page.last_published_at.timestamp())
    parts = [name, page.pk, revision, translation.get_language(), request.get_host(), generation, *vary]
    return PREFIX + hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()


def may_keep(request, page):
    return (
        timeout() > 0
        and request is not None
        and getattr(page, "pk", None) is not None
        and getattr(page, "live", False)
        and not getattr(request, "is_preview", False)
    )


def route_variant(request, page):
    """What a routed answer of ``page`` reads of the request: the sub-route, its arguments and
    the query parameters it declares, as it reads them (the page cache keys answers the same way)."""
    match = getattr(request, "routable_resolver_match", None)
    route_name = match.url_name if match is not None else None
    parts = [route_name, *(match.args if match is not None else ()), *sorted((match.kwargs if match is not None else {}).items())]
    return repr([*parts, *read_parameters(type(page), route_name, request.GET)])


def render(request, name, page, render_fragment, vary=()):
    """The fragment's HTML from the cache, or from ``render_fragment()`` (then kept)."""
    if not may_keep(request, page):
        return render_fragment()
    generation = request_generation(request)
    if generation is None:  # the cache is down
        return render_fragment()
    key = _key(request, name, page, generation, vary)
    entry = cache.get(key)
    if entry is not None:
        started, keys, html = entry
        if not page_cache.purged_since(keys, started):
            surrogate_keys.add(keys)  # the whole answer still shows what the fragment shows
            return html
    started = time.time()
    token = surrogate_keys.start()
    try:
        html = render_fragment()
    finally:
        keys = surrogate_keys.finish(token)
    keys.add(surrogate_keys.page_key(page.path))
    surrogate_keys.add(keys)
    cache.set(key, (started, sorted(keys), html), timeout())
    return html
