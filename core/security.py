"""HTTP hardening Django 5.2 does not ship: a Content-Security-Policy and a pause after failed
admin sign-ins.

Why our own CSP middleware rather than django-csp: we need exactly two fixed policies chosen by
path (the public site and the Wagtail admin), nonces are unnecessary because the public
templates carry no inline script at all, and Django 6.0 brings its own CSP middleware — this
is the twenty lines that bridge until then, with no dependency to keep up to date.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .throttling import hashed_client

#: The public site: our own scripts and styles only, nothing inline, no plugins, never framed.
#: Embedded media (EmbedBlock: YouTube, Vimeo, …) are iframes from the provider, hence frame-src https:.
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
#: The Wagtail admin still writes inline scripts and styles, so it gets what holds there: no
#: plugins, no foreign <base>, forms post home, framed only by itself (page previews).
ADMIN_POLICY = {
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
ADMIN_PREFIX = "/admin/"


def _media_origin():
    """Uploads served from object storage (an absolute MEDIA_URL) are images of ours too."""
    parts = urlsplit(settings.MEDIA_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def build_policy(directives):
    directives = {name: list(sources) for name, sources in directives.items()}
    origin = _media_origin()
    if origin and "img-src" in directives:
        directives["img-src"].append(origin)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


class ContentSecurityPolicyMiddleware:
    """Adds ``Content-Security-Policy`` to every HTML answer (files and JSON need none).

    Django's own debug pages are inline scripts and styles; with ``DEBUG`` on, error answers
    go without the header so developers can read them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = build_policy(getattr(settings, "CONTENT_SECURITY_POLICY", PUBLIC_POLICY))
        self.admin_policy = build_policy(ADMIN_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Content-Security-Policy"):
            return response
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        if settings.DEBUG and response.status_code >= 400:
            return response
        admin = request.path_info.startswith(ADMIN_PREFIX)
        response["Content-Security-Policy"] = self.admin_policy if admin else self.public_policy
        return response


# --- Admin sign-in --------------------------------------------------------------------------------


def _failure_key(request, username):
    """Failures are counted per client address *and* username, as a salted hash in the cache.

    Per username so that one office behind one address does not lock out its colleagues; per
    address so that someone guessing a colleague's password does not lock that colleague out
    everywhere.
    """
    return "admin-login-failures:" + hashed_client(request, "admin-login", (username or "").strip().casefold())


def _login_path():
    return reverse("wagtailadmin_login")


def _is_admin_login(request):
    return request is not None and request.path_info == _login_path()


def record_failure(sender, credentials, request=None, **kwargs):
    """``user_login_failed`` receiver: one more failure for this client and username."""
    if not _is_admin_login(request):
        return
    key = _failure_key(request, credentials.get("username"))
    window = getattr(settings, "ADMIN_LOGIN_LOCKOUT_SECONDS", 900)
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window)


def forget_failures(sender, request=None, user=None, **kwargs):
    """``user_logged_in`` receiver: a successful sign-in starts the count afresh."""
    if _is_admin_login(request) and user is not None:
        cache.delete(_failure_key(request, user.get_username()))


class AdminLoginRateLimitMiddleware:
    """After ``ADMIN_LOGIN_MAX_FAILURES`` failed sign-ins for one username from one client within
    ``ADMIN_LOGIN_LOCKOUT_SECONDS``, further attempts get a ``429`` without checking the password.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = getattr(settings, "ADMIN_LOGIN_MAX_FAILURES", 5)
        if limit and request.method == "POST" and _is_admin_login(request):
            failures = cache.get(_failure_key(request, request.POST.get("username")), 0)
            if failures >= limit:
                response = HttpResponse(
                    _("Too many failed sign-in attempts. Please wait a few minutes and try again."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = str(getattr(settings, "ADMIN_LOGIN_LOCKOUT_SECONDS", 900))
                return response
        return self.get_response(request)
