"""Every sign-in form throttled alike: the admin's, the front-end one of restricted pages, and the
page-password form.

Wagtail ships two doors besides ``/admin/login/``: ``/<lang>/_util/login/`` (for pages restricted
to signed-in users; an editor's session from it opens the admin too) and
``/<lang>/_util/authenticate_with_password/…`` (for password-protected pages). A limit on one door
only is no limit, so one middleware watches all three and counts failures the same way:

* per client **and** subject — the username typed, or the restriction whose password is guessed:
  after ``LOGIN_MAX_FAILURES`` failures within ``LOGIN_LOCKOUT_SECONDS`` that client waits. Per
  client so one office behind one address does not lock its colleagues out; per subject so that
  someone guessing a colleague's password does not lock the colleague out everywhere;
* per client across every subject and form — ``LOGIN_MAX_FAILURES_PER_CLIENT`` — so trying one
  password against many usernames is stopped too.

A failure is a submitted form shown again (``200``); a success redirects and clears that client's
count for that subject (not the client-wide count: a valid account of one's own must not reset a
password-spraying run). Counts live in the cache under salted, daily-rotated hashes
(``core.throttling``), never an address or a username. Throttled attempts get ``429`` with
``Retry-After`` and a message in the visitor's language, without the password being checked.
If the cache cannot count, sign-ins go through and the log says so.
"""

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .throttling import hashed_client, hit, peek

#: URL name → how to tell whose password is tried.
LOGIN_FORMS = {
    "wagtailadmin_login": "username",
    "wagtailcore_login": "username",
    "wagtailcore_authenticate_with_password": "page_view_restriction_id",
}


def _window():
    return getattr(settings, "LOGIN_LOCKOUT_SECONDS", 900)


def _subject(request, field, view_kwargs):
    if field in view_kwargs:
        return f"restriction-{view_kwargs[field]}"
    return (request.POST.get(field) or "").strip().casefold()


def failure_keys(request, url_name, subject):
    """``[(cache key, limit), …]`` this attempt counts against."""
    per_subject = "login-failures:" + hashed_client(request, "login", url_name, subject)
    per_client = "login-failures-client:" + hashed_client(request, "login-client")
    return [
        (per_subject, getattr(settings, "LOGIN_MAX_FAILURES", 5)),
        (per_client, getattr(settings, "LOGIN_MAX_FAILURES_PER_CLIENT", 20)),
    ]


def too_many_attempts(request):
    response = TemplateResponse(
        request,
        "core/too_many_attempts.html",
        {"message": _("Too many failed sign-in attempts. Please wait a few minutes and try again.")},
        status=429,
    )
    response["Retry-After"] = str(_window())
    response["Cache-Control"] = "private, no-store"
    return response


class LoginThrottleMiddleware:
    """Refuses sign-in attempts over the limit before the password is checked; counts the failures."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keys = getattr(request, "_login_failure_keys", None)
        if keys is None:
            return response
        if response.status_code == 200:
            for key, _limit in keys:
                hit(key, timeout=_window(), purpose="sign-in limit")
        elif response.status_code in (301, 302, 303):
            cache.delete(keys[0][0])
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        field = LOGIN_FORMS.get(request.resolver_match.url_name)
        if field is None:
            return None
        keys = failure_keys(request, request.resolver_match.url_name, _subject(request, field, view_kwargs))
        if any(limit and peek(key) >= limit for key, limit in keys):
            return too_many_attempts(request)
        request._login_failure_keys = keys
        return None
