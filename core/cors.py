"""Read-only CORS for the content API, so other sites' widgets can show our news and events.

``API_CORS_ORIGINS`` (setting; env, comma-separated) lists the origins allowed, or ``*`` for any.
Only ``/api/v2/`` answers them and only to reading (``GET``, ``HEAD`` and the preflight
``OPTIONS``): the API is public and anonymous, and no cookie or credential is ever allowed
across origins, so a foreign page can read what any visitor could, nothing more. The view
beacon (``/api/views/``) is left out on purpose: counting is for our own pages.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/v2/"
READING = ("GET", "HEAD", "OPTIONS")
#: How long a browser may keep a preflight's answer.
PREFLIGHT_SECONDS = 86400


def allowed_origin(origin):
    """The value of ``Access-Control-Allow-Origin`` for ``origin``, or ``None``."""
    allowed = getattr(settings, "API_CORS_ORIGINS", ())
    if not origin or not allowed:
        return None
    if "*" in allowed:
        return "*"
    return origin if origin in allowed else None


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        origin = allowed_origin(request.headers.get("Origin"))
        if request.method == "OPTIONS" and origin and request.headers.get("Access-Control-Request-Method"):
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = ", ".join(READING)
            response["Access-Control-Allow-Headers"] = "Accept, Accept-Language"
            response["Access-Control-Max-Age"] = str(PREFLIGHT_SECONDS)
        else:
            response = self.get_response(request)
        if origin and request.method in READING:
            response["Access-Control-Allow-Origin"] = origin
        if getattr(settings, "API_CORS_ORIGINS", ()):
            patch_vary_headers(response, ["Origin"])  # shared caches must not hand one origin's answer to another
        return response
