"""The address readers reach the portal at: the origin of every absolute link and of the page cache's keys.

Wagtail builds absolute URLs (canonical and hreflang links, the sitemap, feeds, calendars, the
API's ``html_url``) from the Site record: the hostname and port an editor typed, or the demo
loader's ``localhost:8000``. A portal served on another port or behind a proxy then links to the
wrong place. Here they follow the *canonical origin* instead:

* ``PUBLIC_BASE_URL`` when it is set (``https://portal.example.org``): production behind a proxy
  or CDN, where the address readers use is known and the ``Host`` header of an individual
  request proves nothing;
* otherwise the scheme and host the request came to — ``make run`` on any port links to itself.
  Django has already checked the host against ``ALLOWED_HOSTS``.

Only the request's own site is rewritten; the pages of other sites keep their records' addresses.
Wagtail has no hook for this, so ``install()`` wraps the two places Wagtail takes an origin from:
``Page._get_site_root_paths`` — where every page URL (specific page or plain ``Page``, with or
without a request) gets it — and the API's ``get_base_url`` (its ``detail_url`` links), unless
``WAGTAILAPI_BASE_URL`` says otherwise. Outside a request (management commands) nothing changes.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest

_current_request = ContextVar("portal_current_request", default=None)


def configured_origin():
    """``PUBLIC_BASE_URL`` without its trailing slash, or ``None``."""
    return (getattr(settings, "PUBLIC_BASE_URL", "") or "").rstrip("/") or None


def request_origin(request):
    """``scheme://host[:port]`` readers use for this request; ``None`` for a host Django refuses."""
    configured = configured_origin()
    if configured:
        return configured
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return None


def host_is_canonical(request):
    """May answers to this request be shared with other readers (the page cache)?

    With ``PUBLIC_BASE_URL`` the answer never depends on the ``Host`` header. Without it, links
    follow the host, so only a host whose port is the one this server answers on is shared —
    ``Host: portal:1``…``portal:65535`` would otherwise be 65 535 copies of every page.
    """
    if configured_origin():
        return True
    try:
        host = request.get_host()
    except DisallowedHost:
        return False
    if host.endswith("]") or ":" not in host:  # no port (IPv6 literals end with "]")
        return True
    return host.rsplit(":", 1)[1] == str(request.get_port())


def current_request():
    return _current_request.get()


class CurrentRequestMiddleware:
    """Remembers the request being answered, for URLs built without one (``page.full_url``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def at_request_origin(root_paths, request):
    """Wagtail's site root paths with the request's own site moved to the canonical origin."""
    if request is None:
        return root_paths
    from wagtail.models import Site

    origin = request_origin(request)
    site = Site.find_for_request(request) if origin else None
    if site is None:
        return root_paths
    return [path._replace(root_url=origin) if path.site_id == site.pk else path for path in root_paths]


def install():
    """Wrap Wagtail's origins so every page and API URL uses the canonical origin (idempotent)."""
    import wagtail.api.utils as api_utils
    from wagtail.models import Page

    original_root_paths = Page._get_site_root_paths
    if getattr(original_root_paths, "follows_request_origin", False):
        return

    def _get_site_root_paths(self, cache_object=None, **kwargs):
        paths = original_root_paths(self, cache_object, **kwargs)
        request = cache_object if isinstance(cache_object, HttpRequest) else current_request()
        return at_request_origin(paths, request)

    original_base_url = api_utils.get_base_url

    def get_base_url(request=None):
        if request is not None and getattr(settings, "WAGTAILAPI_BASE_URL", None) is None:
            return request_origin(request) or original_base_url(request)
        return original_base_url(request)

    _get_site_root_paths.follows_request_origin = True
    Page._get_site_root_paths = _get_site_root_paths
    api_utils.get_base_url = get_base_url
