"""Rate limits: who a client is, one atomic counter every limit shares, and DRF's throttle for the
headless API. A module of its own because DRF imports it while it is itself being imported,
before any view module can be.

Every limit here counts in the cache with ``incr`` (``add`` opens a window) — atomic on Redis, so six
parallel connections cannot all read "599" and all pass — and keys clients by a salted, daily
rotated hash of their address, never the address. When the cache cannot count (the cache server
is down), limits let the request through and say so in the log: a dead Redis must not lock
readers and editors out, and the database is never used as a fallback counter.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import ngettext
from rest_framework.throttling import AnonRateThrottle

logger = logging.getLogger("portal.throttling")
#: At most one "cannot count" line per limit per minute, whatever the traffic during an outage.
_last_warning = {}


def client_address(request):
    """The client's address as our own proxies saw it, the way DRF's throttles read it.

    ``NUM_PROXIES`` (setting, env) says how many proxies in front of the app append to
    ``X-Forwarded-For``: 0 trusts only ``REMOTE_ADDR``; with N, the N-th address from the right
    is the client (anything further left was written by the client and proves nothing). Behind a
    proxy with ``NUM_PROXIES=0`` every visitor would share the proxy's address, and so its limits.
    """
    proxies = getattr(settings, "NUM_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if proxies and forwarded:
        addresses = forwarded.split(",")
        return addresses[-min(proxies, len(addresses))].strip()
    return request.META.get("REMOTE_ADDR", "")


def hashed_client(request, purpose, *extra):
    """A salted hash of the client's address (and ``extra``), for cache keys: never the address itself.

    The salt includes the day, so yesterday's keys cannot be linked to today's.
    """
    salt = f"{settings.SECRET_KEY}|{purpose}|{timezone.now():%Y%m%d}"
    material = "|".join((salt, client_address(request), *extra))
    return hashlib.sha256(material.encode()).hexdigest()[:32]


def hit(key, timeout, purpose="rate limit"):
    """Count one more hit on ``key`` (a window of ``timeout`` seconds from its first hit).

    Returns the number of hits so far, this one included, or ``None`` when the cache cannot count
    — callers then allow the request.
    """
    # ``incr`` first: one round trip for every hit but a window's first (an ``add`` first would
    # cost two on every hit, and the view beacon runs this on every page view).
    try:
        count = cache.incr(key)
    except ValueError:  # no window yet, or it just ended: this hit opens one
        if cache.add(key, 1, timeout=timeout):
            return 1
        try:
            count = cache.incr(key)  # another request opened it first
        except ValueError:
            return None
    if count is None:
        _warn_cannot_count(purpose)
    return count


def over_post_limit(request, key, limit, window, purpose):
    """Count one more post of a public form by this client under ``key`` (a prefix plus
    ``hashed_client``); a ``429`` page with ``Retry-After`` and a message in the visitor's language
    when that is more than ``limit`` within ``window`` seconds, else ``None`` (also when ``limit``
    is 0, which turns the limit off, and when the cache cannot count). Form pages and the alerts'
    sign-up form share it, so both answer an over-eager client the same way."""
    if not limit:
        return None
    count = hit(key, timeout=window, purpose=purpose)
    if count is None or count <= limit:
        return None
    minutes = math.ceil(window / 60)
    message = ngettext(
        "You have sent this form too many times. Please wait %(minutes)s minute and try again.",
        "You have sent this form too many times. Please wait %(minutes)s minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
    response = TemplateResponse(request, "core/too_many_attempts.html", {"message": message}, status=429)
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "private, no-store"
    return response


def peek(key):
    """Hits so far on ``key`` without counting one (0 when the cache cannot say)."""
    return cache.get(key, 0) or 0


def _warn_cannot_count(purpose):
    now = time.monotonic()
    if now - _last_warning.get(purpose, -math.inf) >= 60:
        _last_warning[purpose] = now
        logger.warning("The cache cannot count requests for the %s; letting requests through.", purpose)


class HashedAnonRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, atomic, keyed by a salted daily hash of the client address.

    DRF's own throttle reads the client's request history, appends to it and writes it back:
    parallel requests read the same history and all pass (650 of 600 got through with six
    connections). This one counts in fixed windows of the rate's duration with one atomic
    increment. The stock throttle also puts the bare IP address in the cache key; this keeps only
    a hash that changes every day.
    """

    def get_ident(self, request):
        salt = f"{settings.SECRET_KEY}|api|{timezone.now():%Y%m%d}"
        return hashlib.sha256(f"{salt}|{super().get_ident(request)}".encode()).hexdigest()[:32]

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        ident = self.get_cache_key(request, view)
        if ident is None:
            return True
        self.now = self.timer()
        window = int(self.now // self.duration)
        self.window_ends = (window + 1) * self.duration
        count = hit(f"{ident}:{window}", timeout=self.duration + 5, purpose="API")
        return count is None or count <= self.num_requests

    def wait(self):
        return max(self.window_ends - self.now, 1)
