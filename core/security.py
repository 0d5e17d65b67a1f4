"""HTTP hardening Django 5.2 does not ship: a Content-Security-Policy (sign-in limits are in
``core.login_throttle``).

Why our own CSP middleware rather than django-csp: we need exactly two fixed policies chosen by
path (the public site and the Wagtail admin), nonces are unnecessary because the public
templates carry no inline script at all, and Django 6.0 brings its own CSP middleware — this
is the twenty lines that bridge until then, with no dependency to keep up to date.
"""

from urllib.parse import urlsplit

from django.conf import settings

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
