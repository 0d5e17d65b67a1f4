"""The page cache: anonymous views of published pages come from the cache, not from a render.

What may be cached is narrow on purpose. A response is kept only when all of these hold:

- the request is an anonymous ``GET`` with no session or messages cookie and no ``Authorization``
  header, outside ``/admin/``, ``/api/`` and the file URLs (previews live under ``/admin/``), to
  a host whose answers may be shared (``core.origin.host_is_canonical``);
- Wagtail served it (the ``wagtail_serve`` route: pages, their sub-routes such as feeds, archives
  and iCal) and it is not a preview;
- it is a ``200`` with a complete body, sets no cookie, used no CSRF token (a password-protected
  page's form does), says nothing like ``Cache-Control: private/no-cache/no-store`` and varies on
  no request header but ``Cookie`` (handled above: a session cookie bypasses the cache).

**The key cannot be bust.** It is the canonical origin (``core.origin``), the path, and only the
query parameters the route that answered reads, each as that route reads it
(``core.query_parameters``, declared by the page type next to its filters). ``?utm_source=…``,
``?fbclid=…`` or ``?anything=…`` make no new entry and no new render; ``?page=abc`` is the entry
of page 1, because that is what the listing shows. Which route answers a path is only known after
Wagtail has routed it, so the first render of a path records it (its *spec*: page type and route)
in the cache next to the answer, and in a small per-process memo; later requests build the key
from the spec before anything else runs. ``HEAD`` is answered from the ``GET`` entry.

**Purging touches only what changed.** Each entry keeps the surrogate keys of what it shows
(``core.surrogate_keys``: the page, its cards, its tag) and the time its render started.
Publishing or unpublishing a page marks the keys it changes as purged *now*
(:func:`purge_keys`); an entry holding a key purged after its render started is a miss. So
publishing one article re-renders the article, its index pages, the home page of its language,
its translations and the answers whose cards show it, and the other 9 999 articles stay cached.
A change that reaches every page — the menu, a section's title in the breadcrumbs, a moved or
deleted page, settings, tags, images — replaces the *generation* token instead (:func:`purge`),
and every entry of an older generation is a miss. Generation and start time are taken *before*
the render, so a page rendered while an editor publishes is never kept as current. A new page
appears in the related reads of older articles when their entries expire (``PAGE_CACHE_SECONDS``).

The cache is Django's default cache: Redis when ``REDIS_URL`` is set (size bounded by Redis's
``maxmemory`` with an LRU policy, README "Scaling out"), else the local memory of one process. If
the cache server is down, every read is a miss and every write is dropped (``core.redis_cache``):
readers get rendered pages, never an error.
"""

import hashlib
import time
import uuid
from collections import OrderedDict
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from . import alerts, frontend_purge, surrogate_keys
from .origin import host_is_canonical, request_origin
from .query_parameters import read_parameters

GENERATION_KEY = "page-cache-generation"
ENTRY_PREFIX = "page-cache:"
SPEC_PREFIX = "page-cache-spec:"
PURGED_PREFIX = "page-cache-purged:"
#: Paths that are never pages: the admin (and with it every preview), the APIs, files, probes.
EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/media/", "/static/", "/healthz")
#: Cookies that mean the visitor may see something of their own.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
#: Specs remembered per process; a miss here costs one more cache read, not a render.
MEMO_SIZE = 10_000

_memo = OrderedDict()


def _now_and_after_commit(action):
    """Purge now, and again when the editor's transaction commits: a render that read the old
    rows between the two is not kept as current."""
    action()
    transaction.on_commit(action)


def purge(*args, **kwargs):
    """Signal receiver and plain function: every cached page is stale from now on."""
    _now_and_after_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None))
    frontend_purge.purge_everything()


def purge_keys(keys):
    """Every entry showing one of these surrogate keys is stale from now on; the others stay.

    A mark outlives every entry it could concern (``PAGE_CACHE_SECONDS``); if the cache drops a
    mark early, the answers it concerned are at most that old."""
    keys = set(keys)
    # Fragments of pages (core.fragment_cache) are checked against the same marks.
    lifetime = max(_timeout(), getattr(settings, "FRAGMENT_CACHE_SECONDS", 0))
    if keys and lifetime > 0:
        _now_and_after_commit(lambda: cache.set_many({PURGED_PREFIX + key: time.time() for key in keys}, timeout=lifetime + 60))
    frontend_purge.purge_keys(keys)


def _mark_keys(keys):
    return [PURGED_PREFIX + key for key in keys]


def _any_purged(marks, started):
    # App servers' clocks may disagree a little: an entry rendered that close after a purge is a
    # miss too (one more render, never a stale page).
    skew = getattr(settings, "PAGE_CACHE_CLOCK_SKEW", 0.5)
    return any(mark >= started - skew for mark in marks.values())


def purged_since(keys, started):
    """Was any of ``keys`` purged after a render that started at ``started``?"""
    return _any_purged(cache.get_many(_mark_keys(keys)), started) if keys else False


def current_generation(known=None):
    if known is not None:
        return known
    generation = cache.get(GENERATION_KEY)
    if generation is None:  # the first request ever, or the cache lost it: start one
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def is_candidate(request):
    """May this request be answered from, or stored in, the page cache?"""
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return False
    return host_is_canonical(request)


# --- keys ---------------------------------------------------------------------------------------


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def _path_id(request):
    origin = request_origin(request)
    return _digest(f"{origin}{request.path}") if origin else None


def _entry_key(request, path_id, spec):
    """The entry's key: the path and the parameters the spec's route reads, as it reads them."""
    _generation, model_label, route_name = spec
    try:
        model = apps.get_model(model_label)
    except LookupError:
        return None
    values = read_parameters(model, route_name, request.GET)
    return ENTRY_PREFIX + _digest(f"{path_id}?{urlencode(values)}")


def _remember(path_id, spec, keys=None):
    """Keep the path's spec, and the surrogate keys its entry held: the next lookup reads their
    purge marks in the same round trip as the entry (one round trip for a hit)."""
    _memo[path_id] = (spec, tuple(keys)) if keys is not None else (spec, _memo.get(path_id, (None, ()))[1])
    _memo.move_to_end(path_id)
    while len(_memo) > MEMO_SIZE:
        _memo.popitem(last=False)


def record_route(page, request):
    """Called as Wagtail serves a page (``core.wagtail_hooks``): which page type and route answer."""
    match = getattr(request, "routable_resolver_match", None)
    request.page_cache_route = (page._meta.label_lower, match.url_name if match is not None else None)
    surrogate_keys.shows(page)


# --- caching ------------------------------------------------------------------------------------


def is_cacheable(request, response):
    """Would this answer be the same for every anonymous visitor?"""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve" or getattr(request, "is_preview", False):
        return False
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    varies = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    return varies <= {"cookie"}


class PageCacheMiddleware:
    """Answer anonymous page views from the cache; keep the ones Wagtail renders for them.

    Placed right after WhiteNoise: a hit costs one cache round trip (two when this process has
    not seen the path yet) and skips sessions, locale, URL resolution and every query. Pages it
    may keep get ``Cache-Control: public, max-age=…`` so a CDN or the browser may keep them too;
    other page answers get ``private``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self._mark_private(request, self.get_response(request))
        path_id = _path_id(request) if _timeout() > 0 else None
        generation = None
        if path_id is not None:
            generation, entry = self._lookup(request, path_id)
            if entry is not None:
                return self._rebuild(entry)
            generation = current_generation(generation)
        started = time.time()
        token = surrogate_keys.start()
        try:
            response = self.get_response(request)
        finally:
            keys = surrogate_keys.finish(token)
        if not is_cacheable(request, response):
            return self._mark_private(request, response)
        if keys and purged_since(keys, started):
            # A publish landed while this rendered: it may show the old page. Nobody keeps it —
            # neither this cache nor Varnish, whose purge may have arrived during the render.
            patch_cache_control(response, no_cache=True)
            return response
        # Nobody keeps the page past the moment a site alert appears or disappears (core.alerts).
        max_age = getattr(settings, "PAGE_CACHE_MAX_AGE", 0)
        if max_age and not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=alerts.cap(max_age))
        if keys:
            # For a CDN or Varnish in front: purge by these keys instead of by address.
            response["Surrogate-Key"] = response["xkey"] = surrogate_keys.header_value(keys)
            until_alert_change = alerts.seconds_until_change()
            if until_alert_change is not None:  # deploy/varnish/portal.vcl keeps it no longer
                response["Surrogate-Control"] = f"max-age={until_alert_change}"
        route = getattr(request, "page_cache_route", None)
        if path_id is not None and route is not None and generation is not None and request.method == "GET":
            self._store(request, response, path_id, (generation, *route), started, keys)
        return response

    def _lookup(self, request, path_id):
        """``(generation, entry or None)``. With the path's spec and keys known to this process,
        a hit is one round trip: generation, entry and the entry's purge marks in one read."""
        spec, known_keys = _memo.get(path_id, (None, ()))
        spec_key = SPEC_PREFIX + path_id
        entry_key = _entry_key(request, path_id, spec) if spec is not None else None
        marks = _mark_keys(known_keys) if entry_key else []
        found = cache.get_many([GENERATION_KEY, entry_key or spec_key, *marks])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            return None, None
        if spec is None or spec[0] != generation:
            spec = found.get(spec_key) if entry_key is None else cache.get(spec_key)
            if spec is None or spec[0] != generation:
                return generation, None
            _remember(path_id, spec)
            entry_key = _entry_key(request, path_id, spec)
            entry = cache.get(entry_key) if entry_key else None
        else:
            entry = found.get(entry_key)
        if entry is None or entry[0] != generation:
            return generation, None
        _generation, started, keys, _headers, _content = entry
        if _mark_keys(keys) == marks:  # read with the entry
            purged = _any_purged({key: found[key] for key in marks if key in found}, started)
        else:
            purged = purged_since(keys, started)
            _remember(path_id, spec, keys)
        return generation, (None if purged else entry)

    def _store(self, request, response, path_id, spec, started, keys):
        entry_key = _entry_key(request, path_id, spec)
        if entry_key is None:
            return
        headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
        cache.set_many(
            {SPEC_PREFIX + path_id: spec, entry_key: (spec[0], started, sorted(keys), headers, response.content)},
            timeout=alerts.cap(_timeout()),
        )
        _remember(path_id, spec, sorted(keys))
        response["X-Page-Cache"] = "miss"

    @staticmethod
    def _rebuild(entry):
        _generation, _started, _keys, headers, content = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _mark_private(request, response):
        """A page shown to a signed-in editor (or after a password form) is theirs alone."""
        match = getattr(request, "resolver_match", None)
        if response.status_code != 200 or response.has_header("Cache-Control"):
            return response
        if match is not None and match.url_name == "wagtail_serve":
            patch_cache_control(response, private=True)
        return response
