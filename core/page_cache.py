"""The page cache: anonymous views of published pages come from the cache, not from a render.

What may be cached is narrow on purpose. A response is kept only when all of these hold:

- the request is an anonymous ``GET`` with no session or messages cookie and no ``Authorization``
  header, outside ``/admin/``, ``/api/`` and the file URLs (previews live under ``/admin/``);
- Wagtail served it (the ``wagtail_serve`` route: pages, their sub-routes such as feeds, archives
  and iCal) and it is not a preview;
- it is a ``200`` with a complete body, sets no cookie, used no CSRF token (a password-protected
  page's form does), says nothing like ``Cache-Control: private/no-cache/no-store`` and varies on
  no request header but ``Cookie`` (handled above: a session cookie bypasses the cache).

The key is the full address: scheme, host, path with its language prefix, and the exact query
string, so ``?page=2`` and ``?tag=youth`` are pages of their own. ``HEAD`` is answered from the
``GET`` entry.

Purging is one *generation* token for the whole site, replaced on every publish, unpublish,
move or delete (``core.signals``). Purging only the changed page's address would not be honest:
a publish also changes its index pages (every page of their pagination), the home page's
latest and featured lists, other pages' related reads, tag pages, archives, feeds and menus. No
list of addresses covers that, while a new generation does, and publishing is rare next to
reading. Each entry records the generation it was rendered under — taken *before* the render,
so a page rendered while an editor publishes is never kept as current — and an entry from
another generation is a miss; old entries expire on their own after ``PAGE_CACHE_SECONDS``.

The cache is Django's default cache: Redis when ``REDIS_URL`` is set, else the local memory of
one process. With several server processes and no Redis a publish purges only the process that
handled it; the others catch up within ``PAGE_CACHE_SECONDS`` — set ``REDIS_URL`` when running
more than one process (README "Scaling out").
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

GENERATION_KEY = "page-cache-generation"
#: Paths that are never pages: the admin (and with it every preview), the APIs and files.
EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/media/", "/static/")
#: Cookies that mean the visitor may see something of their own.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}


def purge(*args, **kwargs):
    """Signal receiver and plain function: every cached page is stale from now on."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _current_generation(known=None):
    if known is not None:
        return known
    cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    return cache.get(GENERATION_KEY)


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def is_candidate(request):
    """May this request be answered from, or stored in, the page cache?"""
    if request.method not in ("GET", "HEAD") or request.path_info.startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def _key(request):
    try:
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    except DisallowedHost:  # Django answers that itself, with a 400
        return None
    return "page-cache:" + hashlib.sha256(address.encode()).hexdigest()


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

    Placed right after WhiteNoise: a hit costs two cache reads and skips sessions, locale, URL
    resolution and every query. Pages it may keep get ``Cache-Control: public, max-age=…`` so a
    CDN or the browser may keep them too; other page answers get ``private``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self._mark_private(request, self.get_response(request))
        key = _key(request) if _timeout() > 0 else None
        generation = None
        if key is not None:
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY)
            entry = found.get(key)
            if generation is not None and entry is not None and entry[0] == generation:
                return self._rebuild(entry)
            generation = _current_generation(generation)
        response = self.get_response(request)
        if not is_cacheable(request, response):
            return self._mark_private(request, response)
        max_age = getattr(settings, "PAGE_CACHE_MAX_AGE", 0)
        if max_age and not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=max_age)
        if key is not None and request.method == "GET":  # HEAD is answered from GET's entry
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
            cache.set(key, (generation, headers, response.content), timeout=_timeout())
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _rebuild(entry):
        _generation, headers, content = entry
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
